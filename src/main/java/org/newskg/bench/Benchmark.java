package org.newskg.bench;

import org.newskg.NewsKg;
import org.newskg.NewsKgException;
import org.newskg.ingest.DocumentSource;
import org.newskg.ingest.Input;
import org.newskg.model.Document;
import org.newskg.model.Extraction;
import org.newskg.model.Options;
import org.newskg.model.ParsedDocument;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.Annotator;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.GraphBuilder;
import org.newskg.rdf.RunInfo;
import org.newskg.shapes.ValidationOutcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures one set of documents stage by stage, in a temporary folder (store and annotation
 * cache) deleted afterwards: model load, CoreNLP on one thread then on several, extraction, RDF,
 * SHACL, TDB2 writes, cache write and re-extraction from the cache, and the heap.
 */
public final class Benchmark {

    private final NewsKg.Builder builder;
    private final int threads;

    /**
     * @param builder a NewsKG builder (its store is replaced by a temporary one); give it a loaded
     *                annotator to share one, else the models load here and their load is timed
     * @param threads threads of the parallel annotation (1 or more)
     */
    public Benchmark(NewsKg.Builder builder, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
        this.builder = builder;
        this.threads = threads;
    }

    /** Reads the documents under the paths and measures them. */
    public BenchReport run(List<Path> paths) {
        List<String> failed = new ArrayList<>();
        List<Document> docs = read(paths, failed);
        if (docs.isEmpty()) {
            throw new NewsKgException("nothing to measure: no readable document in " + paths);
        }
        Path tmp = createTempFolder();
        try (HeapSampler heap = new HeapSampler();
             NewsKg kg = builder.store(tmp.resolve("store")).threads(threads).build()) {
            return measure(kg, docs, tmp, heap, failed);
        } finally {
            deleteTree(tmp);
        }
    }

    private static List<Document> read(List<Path> paths, List<String> failed) {
        List<Document> docs = new ArrayList<>();
        new DocumentSource(Options.DEFAULT_MAX_CHARS, null).read(paths, input -> {
            if (input instanceof Input.Read r) {
                docs.add(r.document());
            } else if (input instanceof Input.Problem p && !p.skipped()) {
                failed.add(p.location() + ": " + p.reason());
            }
        });
        return docs;
    }

    private BenchReport measure(NewsKg kg, List<Document> docs, Path tmp, HeapSampler heap, List<String> failed) {
        Annotator nlp = kg.annotator();
        Stopwatch warmup = new Stopwatch();
        warmup.start();
        nlp.annotate(docs.get(0));
        warmup.stop();

        Stopwatch one = new Stopwatch();
        one.start();
        List<ParsedDocument> parsed = annotate(nlp, docs, 1);
        one.stop();
        Stopwatch many = new Stopwatch();
        many.start();
        annotate(nlp, docs, threads);
        many.stop();

        Stages stages = new Stages(kg);
        for (ParsedDocument p : parsed) {
            stages.ingest(p).ifPresent(failed::add);
        }

        AnnotationCache cache = new AnnotationCache(tmp.resolve("cache"));
        Stopwatch cacheWrite = new Stopwatch();
        cacheWrite.start();
        parsed.forEach(cache::put);
        cacheWrite.stop();
        Stopwatch fromCache = new Stopwatch();
        fromCache.start();
        for (Document d : docs) {
            ParsedDocument p = cache.get(d).orElseThrow(() -> new NewsKgException(
                    "the annotation cache lost " + d.source()));
            kg.extract(p);
        }
        fromCache.stop();

        long tokens = parsed.stream().mapToLong(ParsedDocument::tokenCount).sum();
        return new BenchReport(docs.size(), tokens, threads, nlp.loadMillis(), warmup.millis(), one.millis(),
                many.millis(), stages.extract.millis(), stages.rdf.millis(), stages.shacl.millis(),
                stages.store.millis(), cacheWrite.millis(), fromCache.millis(), heap.peakBytes(),
                heap.peakAfterGcBytes(), heap.liveBytesAfterGc(), heap.maxBytes(), failed);
    }

    /** Annotations in input order. */
    private static List<ParsedDocument> annotate(Annotator nlp, List<Document> docs, int threads) {
        List<ParsedDocument> out = Collections.synchronizedList(new ArrayList<>());
        nlp.annotateAll(docs, threads, out::add);
        List<ParsedDocument> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(p -> docs.indexOf(p.document())));
        return sorted;
    }

    /** Extraction, RDF, SHACL and store, timed separately, one document at a time. */
    private static final class Stages {

        private final NewsKg kg;
        private final GraphBuilder graphs;
        private final Stopwatch extract = new Stopwatch();
        private final Stopwatch rdf = new Stopwatch();
        private final Stopwatch shacl = new Stopwatch();
        private final Stopwatch store = new Stopwatch();

        /** Opens the store now, so that its opening is not timed as a write. */
        Stages(NewsKg kg) {
            this.kg = kg;
            RunInfo run = kg.newRun();
            this.graphs = new GraphBuilder(run.iri());
            kg.writableStore();
        }

        /** Runs the stages on one document; a failure is returned, not thrown. */
        Optional<String> ingest(ParsedDocument p) {
            extract.start();
            Extraction x = kg.extract(p);
            extract.stop();
            rdf.start();
            DocumentGraphs g = graphs.build(x);
            rdf.stop();
            shacl.start();
            ValidationOutcome check = kg.validate(g);
            shacl.stop();
            if (!check.conforms()) {
                return Optional.of(p.document().source() + ": its graph breaks the contract ("
                        + check.violations().size() + " violations); not stored, still timed");
            }
            store.start();
            kg.store().putDocument(g.documentIri(), g.graph(), g.meta());
            store.stop();
            return Optional.empty();
        }
    }

    private static Path createTempFolder() {
        try {
            return Files.createTempDirectory("newskg-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
