package org.newskg.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input formats, recognised by file extension. */
enum Format {
    TEXT, MARKDOWN, HTML, JSON_LINES, JSON;

    /** The format of a file from its extension (case-insensitive), if it is one NewsKG reads. */
    static Optional<Format> of(Path file) {
        return switch (extension(file)) {
            case ".txt" -> Optional.of(TEXT);
            case ".md" -> Optional.of(MARKDOWN);
            case ".html", ".htm" -> Optional.of(HTML);
            case ".jsonl" -> Optional.of(JSON_LINES);
            case ".json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** The file's extension with its dot, lower-cased, or "" when the name has none. */
    static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot).toLowerCase(Locale.ROOT);
    }
}
