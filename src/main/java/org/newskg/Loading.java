package org.newskg;

import org.newskg.rdf.DocumentGraphs;
import org.newskg.shapes.ValidationOutcome;
import org.newskg.store.DocumentLoader;
import org.newskg.store.KgStore;
import org.newskg.store.QuadFileDocuments;
import org.newskg.store.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One {@code load} run: puts N-Quads written by {@code spark-extract} (or {@code export --format nq})
 * into the store, checking each document graph against the contract's shapes first as an ingest
 * does, then runs the store-level steps. One bad file or document is reported and passed over.
 *
 * <p>An input is an N-Quads file ({@code .nq}, {@code .nq.gz}, or a Spark part file) or a folder.
 * A {@code spark-extract} output folder is read as its run description, then its graphs part files
 * in name order (which is input order); another folder gives its N-Quads files, recursively, in
 * path order. Names starting with '.' or '_' (Spark's checksums and markers) are passed over.
 */
final class Loading {

    private final NewsKg kg;
    private final KgStore store;
    private final IngestListener listener;
    private final List<String> failed = new ArrayList<>();
    private final long startNanos = System.nanoTime();
    private int files;
    private int read;
    private int stored;
    private int unchanged;

    Loading(NewsKg kg, KgStore store, IngestListener listener) {
        this.kg = kg;
        this.store = store;
        this.listener = listener;
    }

    LoadReport run(List<Path> inputs) {
        List<Path> quadFiles = new ArrayList<>();
        for (Path in : inputs) {
            collect(in, quadFiles);
        }
        DocumentLoader loader = DocumentLoader.start(store);
        try {
            for (Path f : quadFiles) {
                load(f, loader);
            }
            loader.finish();
        } catch (RuntimeException e) {
            loader.abort(e);
            throw e;
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return new LoadReport(files, read, stored, unchanged, failed, loader.bulk(), seconds);
    }

    private void load(Path file, DocumentLoader loader) {
        QuadFileDocuments content;
        try {
            content = QuadFileDocuments.read(file);
        } catch (StoreException e) {
            fail(file.toString(), e.getMessage());
            return;
        }
        files++;
        for (String g : content.strayGraphs()) {
            fail(file + ": graph " + g, "no document metadata names it; not loaded");
        }
        loader.addMeta(content.otherMeta());
        for (QuadFileDocuments.Loadable doc : content.documents()) {
            read++;
            load(file, doc, loader);
        }
    }

    private void load(Path file, QuadFileDocuments.Loadable loadable, DocumentLoader loader) {
        DocumentGraphs doc = loadable.graphs();
        String where = doc.source() == null ? file + ": " + doc.documentIri() : doc.source();
        if (doc.sha256() == null) {
            fail(where, "its metadata has no nkg:sha256; not loaded");
            return;
        }
        ValidationOutcome check = kg.validate(doc);
        if (!check.conforms()) {
            fail(where, "its graph breaks the contract, not stored: " + check.violations().size()
                    + " violations, first: " + check.violations().get(0).toText());
            return;
        }
        if (loader.add(loadable) == DocumentLoader.Outcome.STORED) {
            stored++;
            listener.stored(where, 0, 0);
        } else {
            unchanged++;
            listener.unchanged(where);
        }
    }

    private void fail(String location, String reason) {
        failed.add(location + ": " + reason);
        listener.failed(location, reason);
    }

    private void collect(Path in, List<Path> into) {
        if (Files.isRegularFile(in)) {
            into.add(in);
        } else if (!Files.isDirectory(in)) {
            fail(in.toString(), "no such file or folder");
        } else if (Files.isDirectory(in.resolve("graphs")) && Files.isDirectory(in.resolve("run"))) {
            into.addAll(quadFiles(in.resolve("run")));
            into.addAll(quadFiles(in.resolve("graphs")));
        } else {
            into.addAll(quadFiles(in));
        }
    }

    private static List<Path> quadFiles(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> !hidden(folder.relativize(p)))
                    .filter(Loading::isQuadFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuadFile(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".nq") || n.endsWith(".nq.gz") || n.startsWith("part-");
    }
}
