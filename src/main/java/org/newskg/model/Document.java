package org.newskg.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One article as read from its source.
 *
 * @param text   the body, exactly as read (offsets count code points of this string)
 * @param title  the title, or null
 * @param date   the publication date, or null when unknown
 * @param source the path or URL it came from
 */
public record Document(String text, String title, LocalDate date, String source) {

    public Document {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }

    /** Hex SHA-256 of the UTF-8 text: the document's identity in the store. */
    public String sha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Number of code points in the text. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    /** The text between two code-point offsets. */
    public String slice(int begin, int end) {
        int b = text.offsetByCodePoints(0, begin);
        int e = text.offsetByCodePoints(b, end - begin);
        return text.substring(b, e);
    }
}
