package org.newskg;

import org.newskg.ingest.Input;
import org.newskg.model.Document;
import org.newskg.model.Extraction;
import org.newskg.model.ParsedDocument;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.GraphBuilder;
import org.newskg.rdf.RunInfo;
import org.newskg.shapes.ValidationOutcome;
import org.newskg.store.KgStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One ingest run: documents arrive one by one, are annotated in batches on several threads,
 * and each is written in its own store transaction once its graph is complete. A run killed at
 * any moment leaves every committed document whole; rerunning skips them by content hash.
 */
final class Ingestion implements AutoCloseable {

    private final NewsKg kg;
    private final KgStore store;
    private final IngestListener listener;
    private final RunInfo run;
    private final GraphBuilder builder;
    private final List<Document> batch = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private final long startNanos = System.nanoTime();
    private String fatal;
    private int read;
    private int stored;
    private int unchanged;
    private int skipped;
    private int entities;
    private int facts;
    private int quotes;
    private long tokens;
    private boolean runWritten;

    Ingestion(NewsKg kg, KgStore store, IngestListener listener) {
        this.kg = kg;
        this.store = store;
        this.listener = listener;
        this.run = kg.newRun();
        this.builder = new GraphBuilder(run.iri());
    }

    void accept(Input input) {
        if (input instanceof Input.Read r) {
            read++;
            read(r.document());
        } else if (input instanceof Input.Problem p && p.skipped()) {
            skipped++;
            listener.skipped(p.location(), p.reason());
        } else if (input instanceof Input.Problem p) {
            fail(p.location(), p.reason());
            stopIfFatal();
        } else if (input instanceof Input.Warning w) {
            listener.warning(w.location(), w.message());
        }
    }

    /**
     * Records a failure. With --strict the first one ends the run: it is not reported to the listener
     * (the exception carries it) and nothing after it is processed.
     */
    private synchronized void fail(String location, String reason) {
        failed.add(location + ": " + reason);
        if (kg.options().strict()) {
            if (fatal == null) {
                fatal = location + ": " + reason + " (--strict stops at the first problem)";
            }
        } else {
            listener.failed(location, reason);
        }
    }

    /** Ends the run (on the caller's thread) once a --strict run met its first problem. */
    private synchronized void stopIfFatal() {
        if (fatal != null) {
            throw new NewsKgException(fatal);
        }
    }

    private synchronized boolean stopping() {
        return fatal != null;
    }

    private void read(Document doc) {
        if (!kg.options().force() && store.findDocumentBySha(doc.sha256()).isPresent()) {
            unchanged++;
            listener.unchanged(doc.source());
            return;
        }
        batch.add(doc);
        if (batch.size() >= Math.max(2, kg.options().threads() * 2)) {
            flush();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        ensureRun();
        List<Document> docs = List.copyOf(batch);
        batch.clear();
        kg.annotateAll(docs, this::store);
        stopIfFatal();
    }

    private void ensureRun() {
        if (!runWritten) {
            store.putRun(GraphBuilder.runGraph(run, null));
            runWritten = true;
        }
    }

    /** Called on NLP worker threads: extraction runs in parallel, store writes one at a time. */
    private void store(ParsedDocument parsed) {
        if (stopping()) {
            return;
        }
        Document doc = parsed.document();
        Extraction x;
        DocumentGraphs g;
        ValidationOutcome check;
        try {
            x = kg.extract(parsed);
            g = builder.build(x);
            check = kg.validate(g);
        } catch (RuntimeException e) {
            fail(doc.source(), "extraction failed: " + e);
            return;
        }
        if (!check.conforms()) {
            fail(doc.source(), "its graph breaks the contract, not stored: "
                    + check.violations().size() + " violations, first: " + check.violations().get(0).toText());
            return;
        }
        write(doc, x, g, parsed.tokenCount());
    }

    private synchronized void write(Document doc, Extraction x, DocumentGraphs g, int tokenCount) {
        Optional<String> old = store.findDocumentBySource(doc.source()).filter(iri -> !iri.equals(g.documentIri()));
        store.replaceDocument(old, g.documentIri(), g.graph(), g.meta());
        stored++;
        entities += x.entities().size();
        facts += x.relations().size();
        quotes += (int) x.quotes().stream().filter(q -> q.speakerKey() != null).count();
        tokens += tokenCount;
        listener.stored(doc.source(), tokenCount, x.relations().size());
    }

    IngestReport finish() {
        flush();
        if (runWritten) {
            store.putRun(GraphBuilder.runGraph(run, Instant.now()));
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return new IngestReport(read, stored, unchanged, failed, skipped, entities, facts, quotes, tokens, seconds);
    }

    @Override
    public void close() {
        batch.clear();
    }
}
