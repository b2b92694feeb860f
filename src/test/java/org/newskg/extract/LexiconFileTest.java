package org.newskg.extract;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lexicon and cue files are checked row by row at load; a bad row is one "FILE:LINE: problem" line. */
@Tag("fast")
class LexiconFileTest {

    private static final String HEADER = "# a user's lexicon\nkind\ttrigger\tproperty\troles\n";

    @Test
    void theBundledFilesLoad() {
        Lexicon lex = Lexicon.bundled();
        assertFalse(lex.verb("meet", null).isEmpty());
        assertTrue(lex.properties().contains("messaged"));
        Cues cues = Cues.bundled();
        assertTrue(cues.is("negation", "never"));
    }

    @Test
    void aGoodUserFileLoadsWithItsFrames(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("lex.tsv");
        Files.writeString(f, HEADER + "verb\tping\tmessaged\tobject=obj|obl:to,reply=false\n\nverb\tlook up\tmet\tobject=obj\n");
        Lexicon lex = Lexicon.fromFile(f, Set.of("met", "messaged"));
        assertEquals("messaged", lex.verb("ping", null).get(0).property());
        assertEquals("met", lex.verb("look", "up").get(0).property());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "a typo in the property; verb\tmeet\tmett\tobject=obj; 4: unknown relation property 'mett'",
            "a typo in a role key; verb\tmeet\tmet\tobjcet=obj; 4: unknown role 'objcet'",
            "a role without a value; verb\tmeet\tmet\tobject; 4: role 'object' must be key=value",
            "a bad dependency relation; verb\tmeet\tmet\tobject=obj||obl:with; 4: object: '' is not a dependency relation",
            "a flag that is not true or false; verb\tpraise\tpraised\tobject=obj,possessor=yes; 4: possessor must be true or false",
            "a bad kind; verbb\tmeet\tmet\tobject=obj; 4: kind must be verb or noun, not 'verbb'",
            "spaces instead of tabs; verb meet met object=obj; 4: expected 3 or 4 tab-separated columns (kind, trigger, property, roles), found 1 (spaces instead of tabs?)",
            "too few columns; verb\tmeet; 4: expected 3 or 4 tab-separated columns",
            "a typo in also; verb\task\tsolicited\tobject=obj,also=mesaged; 4: unknown relation property 'mesaged'",
    })
    void aBadRowIsReportedWithItsFileAndLine(String what, String row, String message, @TempDir Path dir) throws IOException {
        Path f = dir.resolve("lex.tsv");
        Files.writeString(f, HEADER + "verb\tping\tmessaged\tobject=obj\n" + row + "\nverb\tpong\tmessaged\tobject=obj\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.fromFile(f, Set.of()));
        assertTrue(e.getMessage().startsWith(f + ":" + message), what + ": " + e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void aMissingFileIsOneLine(@TempDir Path dir) {
        Path f = dir.resolve("none.tsv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.fromFile(f));
        assertEquals(f + ": no such file", e.getMessage());
    }

    @Test
    void aBadCueRowIsReportedWithItsLine() {
        List<TsvTable.Row> rows = List.of(new TsvTable.Row("cues.tsv", 3, new String[]{"negation", "never"}),
                new TsvTable.Row("cues.tsv", 7, new String[]{"kin", "daughter", "chlid"}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cues.of(rows));
        assertEquals("cues.tsv:7: a kin word's role must be child or parent, not 'chlid'", e.getMessage());
        IllegalArgumentException spaces = assertThrows(IllegalArgumentException.class,
                () -> Cues.of(List.of(new TsvTable.Row("cues.tsv", 2, new String[]{"hedge seem"}))));
        assertTrue(spaces.getMessage().startsWith("cues.tsv:2: expected tab-separated category and word"), spaces.getMessage());
    }
}
