package org.newskg.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One article as read from its source: the body exactly as read (offsets count code points of
 * this string), the title (or null), the publication date (or null when unknown) and the path or
 * URL it came from. A value: equal when the four are equal.
 *
 * <p>Slicing by code-point offsets costs the slice, not the offset: a text with no character
 * outside the Basic Multilingual Plane (most news) has code-point offsets equal to its UTF-16
 * offsets; any other text keeps a table from code points to UTF-16 units, made once.
 */
public final class Document {

    private final String text;
    private final String title;
    private final LocalDate date;
    private final String source;
    /** UTF-16 index of each code point (and one past the end), or null when they are the same. */
    private final int[] charIndex;

    public Document(String text, String title, LocalDate date, String source) {
        this.text = Objects.requireNonNull(text, "text");
        this.title = title;
        this.date = date;
        this.source = Objects.requireNonNull(source, "source");
        this.charIndex = text.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? index(text) : null;
    }

    private static int[] index(String text) {
        int[] out = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            out[cp++] = i;
        }
        out[cp] = text.length();
        return out;
    }

    public String text() {
        return text;
    }

    public String title() {
        return title;
    }

    public LocalDate date() {
        return date;
    }

    public String source() {
        return source;
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
        return charIndex == null ? text.length() : charIndex.length - 1;
    }

    /** The text between two code-point offsets. */
    public String slice(int begin, int end) {
        if (begin < 0 || end < begin || end > length()) {
            throw new IndexOutOfBoundsException("code points " + begin + ".." + end + " of " + length());
        }
        return charIndex == null ? text.substring(begin, end) : text.substring(charIndex[begin], charIndex[end]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Document d && text.equals(d.text) && Objects.equals(title, d.title)
                && Objects.equals(date, d.date) && source.equals(d.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, title, date, source);
    }

    @Override
    public String toString() {
        return "Document[text=" + text + ", title=" + title + ", date=" + date + ", source=" + source + "]";
    }
}
