package org.newskg.ingest;

import java.util.Locale;
import java.util.Optional;

/** The largest document accepted, in code points, and the messages for documents over it. */
final class SizeLimit {

    /** UTF-8 spends at most this many bytes on one code point (and one-byte charsets just one). */
    private static final int MAX_BYTES_PER_CODE_POINT = 4;

    private final int maxChars;

    SizeLimit(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    int maxChars() {
        return maxChars;
    }

    /** True when a file of this many bytes cannot hold maxChars code points or fewer. */
    boolean fileCertainlyTooLarge(long bytes) {
        return bytes > (long) MAX_BYTES_PER_CODE_POINT * maxChars;
    }

    /** The reason for refusing a file whose size alone proves it too large. */
    String fileTooLarge(long bytes) {
        return String.format(Locale.ROOT, "too large: %,d bytes, more than %,d characters%s",
                bytes, maxChars, limitNote());
    }

    /** The reason for refusing the text, when it has more than maxChars code points. */
    Optional<String> check(String text) {
        if (text.length() <= maxChars) {
            return Optional.empty();
        }
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints <= maxChars) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "too large: %,d characters%s", codePoints, limitNote()));
    }

    /** The reason for refusing something known only to be longer than a number of units. */
    String longerThan(long units, String unit) {
        return String.format(Locale.ROOT, "too large: more than %,d %s%s", units, unit, limitNote());
    }

    private String limitNote() {
        return String.format(Locale.ROOT, " (limit %,d; raise it with --max-chars)", maxChars);
    }
}
