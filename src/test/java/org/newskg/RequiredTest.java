package org.newskg;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A missing tool skips a test on a developer's machine and fails it under CI=true. */
@Tag("fast")
class RequiredTest {

    @Test
    void aMissingToolFailsUnderCi() {
        var e = assertThrows(AssertionFailedError.class, () -> Required.that(false, "no rapper", Map.of("CI", "true")));
        assertTrue(e.getMessage().startsWith("no rapper"), e.getMessage());
    }

    @Test
    void aMissingToolSkipsOutsideCi() {
        assertThrows(TestAbortedException.class, () -> Required.that(false, "no rapper", Map.of()));
        assertThrows(TestAbortedException.class, () -> Required.that(false, "no rapper", Map.of("CI", "false")));
    }

    @Test
    void aPresentToolGoesOnEverywhere() {
        assertDoesNotThrow(() -> Required.that(true, "rapper", Map.of("CI", "true")));
        assertDoesNotThrow(() -> Required.that(true, "rapper", Map.of()));
    }

    @Test
    void ciIsReadFromTheVariable() {
        assertTrue(Required.inCi(Map.of("CI", "TRUE")));
        assertFalse(Required.inCi(Map.of("CI", "")));
        assertFalse(Required.inCi(Map.of()));
    }
}
