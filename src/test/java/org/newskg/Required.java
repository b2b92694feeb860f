package org.newskg;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.util.Map;

/**
 * What a test needs from outside the project (a peer tool such as rapper or Chromium, the
 * shared acceptance files in {@code ../shared}). On a developer's machine a test whose need is
 * missing skips itself; with {@code CI=true} in the environment it fails instead, so that CI
 * cannot go green by running none of them ({@code .ci/run} installs the tools).
 */
public final class Required {

    private Required() {
    }

    /** True when the environment says this is a CI run ({@code CI=true}, as most CI services set). */
    public static boolean inCi() {
        return inCi(System.getenv());
    }

    static boolean inCi(Map<String, String> env) {
        return "true".equalsIgnoreCase(env.getOrDefault("CI", "").trim());
    }

    /**
     * Goes on when {@code present}; otherwise skips the test, or fails it under CI.
     *
     * @param what what is missing, as the skip or failure message says it ("no /usr/bin/rapper")
     */
    public static void that(boolean present, String what) {
        that(present, what, System.getenv());
    }

    static void that(boolean present, String what, Map<String, String> env) {
        if (present) {
            return;
        }
        if (inCi(env)) {
            Assertions.fail(what + " (CI=true: a CI run must not skip this test; .ci/run installs what it needs)");
        }
        Assumptions.abort(what + " (skipped; with CI=true this fails)");
    }
}
