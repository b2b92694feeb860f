package org.newskg.bench;

import org.newskg.extract.Extractor;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.NewsKgException;
import org.newskg.model.Document;
import org.newskg.model.ParsedDocument;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.GraphBuilder;
import org.newskg.rdf.Vocab;
import org.newskg.store.KgStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code newskg bench --scaling}: whether cost grows with the work. Extraction is timed on
 * documents of about 1k, 4k, 16k and 64k tokens made by concatenating annotated documents
 * ({@link ConcatenatedParse}: no CoreNLP run); storing is timed per document on TDB2 stores that
 * already hold 100, 10,000 and 100,000 documents' metadata (synthetic, bulk-loaded, shaped like
 * the real documents' metadata). Each store time covers what ingestion does per document: the
 * lookups by hash and by source, then the write.
 */
public final class ScalingBenchmark {

    public static final List<Integer> TOKENS = List.of(1_000, 4_000, 16_000, 64_000);
    public static final List<Integer> STORED = List.of(100, 10_000, 100_000);

    private static final String RUN = Vocab.RUN + "bench-scaling";
    private static final int MIN_RUNS = 3;
    private static final int MAX_RUNS = 15;
    private static final long MIN_TOTAL_MS = 3_000;
    private static final int BULK_BATCH = 10_000;

    private final Extractor extractor = Extractor.standard();
    private final long budgetSeconds;
    private final List<Integer> tokenTargets;
    private final List<Integer> storeSizes;

    /** @param budgetSeconds the longest one extraction may take; longer documents are then not tried */
    public ScalingBenchmark(long budgetSeconds) {
        this(budgetSeconds, TOKENS, STORED);
    }

    /** With other sizes (tests): document lengths in tokens and store sizes in documents, ascending. */
    public ScalingBenchmark(long budgetSeconds, List<Integer> tokenTargets, List<Integer> storeSizes) {
        if (budgetSeconds < 1) {
            throw new IllegalArgumentException("the budget must be 1 second or more, not " + budgetSeconds);
        }
        this.budgetSeconds = budgetSeconds;
        this.tokenTargets = List.copyOf(tokenTargets);
        this.storeSizes = List.copyOf(storeSizes);
    }

    /** Measures on these annotated documents (at least one with tokens), with temporary stores under {@code tmp}. */
    public ScalingReport run(List<ParsedDocument> parts, Path tmp) {
        if (parts.isEmpty()) {
            throw new NewsKgException("nothing to measure: no annotated document");
        }
        List<String> notes = new ArrayList<>();
        int tokens = parts.stream().mapToInt(ParsedDocument::tokenCount).sum();
        notes.add(parts.size() + " annotated documents (" + tokens + " tokens) concatenated in turn to each length");
        List<ScalingReport.ExtractionPoint> ex = extraction(parts, notes);
        List<ScalingReport.StorePoint> st = store(parts, tmp);
        notes.add("store: " + st.get(0).documents() + " real documents stored into each store, median per document");
        return new ScalingReport(ex, st, notes);
    }

    private List<ScalingReport.ExtractionPoint> extraction(List<ParsedDocument> parts, List<String> notes) {
        List<ScalingReport.ExtractionPoint> out = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            ParsedDocument small = ConcatenatedParse.about(parts, tokenTargets.get(0), "bench:warmup");
            for (int i = 0; i < 5; i++) {
                extractor.extract(small);
            }
            parts.forEach(extractor::extract);
            boolean late = false;
            for (int target : tokenTargets) {
                ParsedDocument doc = ConcatenatedParse.about(parts, target, "bench:" + target);
                if (late) {
                    out.add(new ScalingReport.ExtractionPoint(doc.tokenCount(), 0, Double.NaN));
                    continue;
                }
                List<Double> times = new ArrayList<>();
                double total = 0;
                while (times.size() < MAX_RUNS && (times.size() < MIN_RUNS || total < MIN_TOTAL_MS)) {
                    Double ms;
                    try {
                        ms = timed(worker, doc);
                    } catch (ExtractionFailed e) {
                        notes.add("extraction of " + doc.tokenCount() + " tokens failed: " + e.getCause());
                        times.clear();
                        break;
                    }
                    if (ms == null) {
                        late = true;
                        notes.add("extraction of " + doc.tokenCount() + " tokens took over " + budgetSeconds
                                + " s: longer documents not tried");
                        break;
                    }
                    times.add(ms);
                    total += ms;
                }
                out.add(late || times.isEmpty() ? new ScalingReport.ExtractionPoint(doc.tokenCount(), 0, Double.NaN)
                        : new ScalingReport.ExtractionPoint(doc.tokenCount(), times.size(), median(times)));
            }
        } finally {
            worker.shutdownNow();
        }
        return out;
    }

    /** One extraction's milliseconds, or null past the budget (the run is abandoned on its daemon thread). */
    private Double timed(ExecutorService worker, ParsedDocument doc) {
        Future<Double> f = worker.submit(() -> {
            long t0 = System.nanoTime();
            extractor.extract(doc);
            return (System.nanoTime() - t0) / 1e6;
        });
        try {
            return f.get(budgetSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return null;
        } catch (ExecutionException e) {
            throw new ExtractionFailed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("interrupted", e);
        }
    }

    /** An extraction that threw: the point is recorded as failed, the benchmark goes on. */
    private static final class ExtractionFailed extends RuntimeException {
        ExtractionFailed(Throwable cause) {
            super(cause);
        }
    }

    private List<ScalingReport.StorePoint> store(List<ParsedDocument> parts, Path tmp) {
        GraphBuilder builder = new GraphBuilder(RUN);
        List<DocumentGraphs> graphs = parts.stream().map(p -> builder.build(extractor.extract(p))).toList();
        storeAll(tmp.resolve("warmup"), 0, graphs);
        List<ScalingReport.StorePoint> out = new ArrayList<>();
        for (int n : storeSizes) {
            List<Double> times = storeAll(tmp.resolve("store-" + n), n, graphs);
            out.add(new ScalingReport.StorePoint(n, times.size(), median(times)));
        }
        return out;
    }

    /** A fresh store holding {@code synthetic} documents' metadata, then each graph stored and timed. */
    private static List<Double> storeAll(Path dir, int synthetic, List<DocumentGraphs> graphs) {
        List<Double> times = new ArrayList<>();
        try (KgStore store = KgStore.open(dir)) {
            bulkLoad(store.datasetGraph(), graphs.get(0), synthetic);
            for (DocumentGraphs g : graphs) {
                long t0 = System.nanoTime();
                store.findDocumentBySha(g.sha256());
                Optional<String> old = store.findDocumentBySource(g.source()).filter(iri -> !iri.equals(g.documentIri()));
                store.replaceDocument(old, g.documentIri(), g.graph(), g.meta());
                times.add((System.nanoTime() - t0) / 1e6);
            }
        } finally {
            deleteTree(dir);
        }
        return times;
    }

    /** Metadata of {@code n} made-up documents, each like the template's: own IRI, hash and source. */
    static void bulkLoad(DatasetGraph dsg, DocumentGraphs template, int n) {
        Node meta = NodeFactory.createURI(Vocab.META_GRAPH);
        Node doc = NodeFactory.createURI(template.documentIri());
        List<Triple> shape = template.meta().find(doc, Node.ANY, Node.ANY).toList();
        for (int from = 0; from < n; from += BULK_BATCH) {
            int to = Math.min(n, from + BULK_BATCH);
            int start = from;
            Txn.executeWrite(dsg, () -> {
                for (int i = start; i < to; i++) {
                    String sha = String.format("%064x", i);
                    Node s = NodeFactory.createURI(Vocab.documentIri(sha));
                    for (Triple t : shape) {
                        Node o = t.getObject();
                        if (t.getPredicate().equals(Vocab.SHA256.asNode())) {
                            o = NodeFactory.createLiteralString(sha);
                        } else if (t.getPredicate().equals(Vocab.SOURCE.asNode())) {
                            o = NodeFactory.createLiteralString("synthetic/doc-" + i + ".txt");
                        }
                        dsg.add(meta, s, t.getPredicate(), o);
                    }
                }
            });
        }
    }

    private static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (a.length == 0) {
            return Double.NaN;
        }
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /** For callers that name the sizes: the token targets and store sizes measured. */
    public static String sizes() {
        return "tokens " + TOKENS + ", stored documents " + STORED;
    }

}
