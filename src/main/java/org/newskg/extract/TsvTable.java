package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the rows of a tab-separated data file, skipping blank lines and # comments. */
public final class TsvTable {

    /**
     * One row with where it comes from, for error messages.
     *
     * @param source the file (or classpath resource) name
     * @param line   its line number, from 1
     * @param cells  the tab-separated cells
     */
    public record Row(String source, int line, String[] cells) {

        /** "FILE:LINE", as compilers say it. */
        String where() {
            return source + ":" + line;
        }

        /** A bad row: an {@link IllegalArgumentException} whose message is one line, "FILE:LINE: problem". */
        public IllegalArgumentException error(String problem) {
            return new IllegalArgumentException(where() + ": " + problem);
        }
    }

    private TsvTable() {
    }

    /** The rows of a classpath resource, with line numbers. */
    public static List<Row> rowsFromClasspath(String resource) {
        InputStream in = TsvTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return numbered(in, resource);
    }

    /** The rows of a user's file, with line numbers; a file that cannot be read is a one-line error. */
    static List<Row> rowsFromFile(Path file) {
        try {
            return numbered(Files.newInputStream(file), file.toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static List<Row> numbered(InputStream in, String name) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(name, n, line.split("\t")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        return rows;
    }

    public static List<String[]> fromClasspath(String resource) {
        InputStream in = TsvTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return read(in, resource);
    }

    static List<String[]> fromFile(Path file) {
        try {
            return read(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String[]> read(InputStream in, String name) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
