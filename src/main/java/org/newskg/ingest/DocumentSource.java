package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads documents from files and folders.
 *
 * <p>Folders are walked recursively in sorted path order; hidden files and folders (name starting
 * with '.') inside them are passed over silently. Each file is read by its extension: {@code .txt},
 * {@code .md}, {@code .html}/{@code .htm}, {@code .jsonl}, {@code .json}. Results go to the sink
 * one at a time as they are found, so a large feed is never held in memory: an
 * {@link Input.Read} per document, an {@link Input.Warning} before a document read with a caveat,
 * an {@link Input.Problem} per bad item. Bad input never throws; exceptions thrown by the sink
 * pass through unchanged.
 */
public final class DocumentSource {

    private final Map<Format, FormatReader> readers = new EnumMap<>(Format.class);

    /**
     * @param maxChars    documents with more code points than this are refused (positive)
     * @param defaultDate date given to documents that state none, or null
     */
    public DocumentSource(int maxChars, LocalDate defaultDate) {
        SizeLimit limit = new SizeLimit(maxChars);
        Admission admission = new Admission(limit, defaultDate);
        readers.put(Format.TEXT, new TextFileReader(false, limit, admission));
        readers.put(Format.MARKDOWN, new TextFileReader(true, limit, admission));
        readers.put(Format.HTML, new HtmlFileReader(admission));
        JsonArticles articles = new JsonArticles(limit, admission);
        readers.put(Format.JSON_LINES, new JsonLinesReader(limit, articles));
        readers.put(Format.JSON, new JsonFileReader(limit, articles));
    }

    /**
     * Reads every path in order, emitting what each gives.
     *
     * @param paths files and folders
     * @param sink  receives each result as soon as it is known
     */
    public void read(List<Path> paths, Consumer<Input> sink) {
        for (Path path : paths) {
            visit(path, sink, new HashSet<>());
        }
    }

    private void visit(Path path, Consumer<Input> sink, Set<Path> openFolders) {
        if (Files.isDirectory(path)) {
            readFolder(path, sink, openFolders);
        } else if (Files.isRegularFile(path)) {
            readFile(path, sink);
        } else if (Files.exists(path)) {
            sink.accept(new Input.Problem(path.toString(), "not a regular file or folder", true));
        } else {
            sink.accept(new Input.Problem(path.toString(), "no such file or folder", false));
        }
    }

    private void readFolder(Path folder, Consumer<Input> sink, Set<Path> openFolders) {
        List<Path> children;
        Path real;
        try {
            real = folder.toRealPath();
            children = sortedChildren(folder);
        } catch (IOException e) {
            sink.accept(new Input.Problem(folder.toString(), "cannot list folder: " + describe(e), false));
            return;
        }
        if (!openFolders.add(real)) {
            sink.accept(new Input.Problem(folder.toString(), "folder link loop, already being read", true));
            return;
        }
        for (Path child : children) {
            if (!isHidden(child)) {
                visit(child, sink, openFolders);
            }
        }
        openFolders.remove(real);
    }

    private static List<Path> sortedChildren(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.sorted().toList();
        }
    }

    private void readFile(Path file, Consumer<Input> sink) {
        Optional<Format> format = Format.of(file);
        if (format.isEmpty()) {
            String ext = Format.extension(file);
            String reason = ext.isEmpty() ? "unsupported file type (no extension)" : "unsupported file type " + ext;
            sink.accept(new Input.Problem(file.toString(), reason, true));
            return;
        }
        try {
            Optional<String> rejected = FileProbe.reject(file);
            if (rejected.isPresent()) {
                sink.accept(new Input.Problem(file.toString(), rejected.get(), false));
                return;
            }
            readers.get(format.get()).read(file, sink);
        } catch (IOException e) {
            sink.accept(new Input.Problem(file.toString(), "cannot read: " + describe(e), false));
        }
    }

    private static boolean isHidden(Path child) {
        Path name = child.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** One line naming an I/O failure; the exception's class says more than its message alone. */
    static String describe(IOException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ");
        return e.getClass().getSimpleName() + message;
    }
}
