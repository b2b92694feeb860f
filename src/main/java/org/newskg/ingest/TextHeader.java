package org.newskg.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional header of a text or Markdown file: {@code Title:}, {@code Date:}, {@code Source:} or
 * {@code URL:} lines at the very top, ended by a blank line. The body is everything after that
 * blank line, untouched. Without a header the body is the whole text and the title is its first
 * non-empty line, when that line is short.
 *
 * @param title  the title, or null
 * @param date   the date as written, or null
 * @param source the source or URL, or null
 * @param body   the text after the header
 */
record TextHeader(String title, String date, String source, String body) {

    /** A first line at least this long is a paragraph, not a title. */
    static final int MAX_TITLE_LENGTH = 200;

    private static final Pattern FIELD = Pattern.compile("(?i)(title|date|source|url)[ \\t]*:[ \\t]*(.*)");

    /** Splits the text into header and body; Markdown titles lose their leading '#' marks. */
    static TextHeader parse(String text, boolean markdown) {
        Fields fields = new Fields();
        int pos = 0;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end);
            int next = nextLineStart(text, end);
            if (line.isBlank()) {
                return pos == 0 ? untitled(text, markdown) : fields.withBody(text.substring(next), markdown);
            }
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) {
                return untitled(text, markdown);
            }
            fields.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            pos = next;
        }
        return pos == 0 ? untitled(text, markdown) : fields.withBody("", markdown);
    }

    private static TextHeader untitled(String text, boolean markdown) {
        return new TextHeader(firstLineTitle(text, markdown), null, null, text);
    }

    private static String firstLineTitle(String text, boolean markdown) {
        for (int pos = 0; pos < text.length(); pos = nextLineStart(text, lineEnd(text, pos))) {
            String line = text.substring(pos, lineEnd(text, pos)).strip();
            if (markdown) {
                line = line.replaceFirst("^#+\\s*", "");
            }
            if (!line.isEmpty()) {
                return line.length() < MAX_TITLE_LENGTH ? line : null;
            }
        }
        return null;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLineStart(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return text.length();
        }
        boolean crlf = text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n';
        return lineEnd + (crlf ? 2 : 1);
    }

    /** Header fields seen so far; the first of each kind counts. */
    private static final class Fields {
        private String title;
        private String date;
        private String source;

        void put(String key, String value) {
            switch (key) {
                case "title" -> title = title == null ? value : title;
                case "date" -> date = date == null ? value : date;
                default -> source = source == null ? value : source;
            }
        }

        TextHeader withBody(String body, boolean markdown) {
            String t = title != null && !title.isEmpty() ? title : firstLineTitle(body, markdown);
            return new TextHeader(t, date, source == null || source.isEmpty() ? null : source, body);
        }
    }
}
