package org.newskg;

import org.newskg.ingest.Input;
import org.newskg.model.Document;
import org.newskg.nlp.NlpThreads;
import org.newskg.rdf.GraphBuilder;
import org.newskg.rdf.RunInfo;
import org.newskg.store.KgStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One ingest run. The reading thread hands each document to the annotating threads; their
 * results go to one writer thread ({@link TurnWriter}) that extracts, validates and stores them
 * in input order, each in its own transaction, so that store writes overlap annotation and the
 * store's content never depends on which thread finished first. A run killed at any moment leaves every committed
 * document whole; rerunning skips them by content hash.
 *
 * <p>A document whose annotation or extraction throws is tried once more on its own, after the
 * others; if it fails again it is reported (one line, counted as failed) and the run goes on.
 * An {@link Error} (out of memory) ends the run.
 */
final class Ingestion implements AutoCloseable {

    /** A long run is compacted after this many stored documents, and every run at its end. */
    static final int COMPACT_EVERY = 500;

    private final NewsKg kg;
    private final KgStore store;
    private final IngestListener listener;
    private final RunInfo run;
    private final DocumentStep step;
    private final IngestTally tally = new IngestTally();
    private final ExecutorService workers;
    private final TurnWriter writer;
    private final Map<String, Job> latestByIdentity = new HashMap<>();
    private final boolean loadedBefore;
    private final long startNanos = System.nanoTime();
    /** Writer thread only: the deferred documents, compaction and run bookkeeping. */
    private final List<Job> deferred = new ArrayList<>();
    private int storedSinceCompaction;
    private long compactedBytes;
    private int sequence;
    private boolean runWritten;

    Ingestion(NewsKg kg, KgStore store, IngestListener listener) {
        this.kg = kg;
        this.store = store;
        this.listener = listener;
        this.run = kg.newRun();
        this.step = new DocumentStep(kg, new GraphBuilder(run.iri()));
        int threads = Math.max(1, kg.options().threads());
        this.workers = Executors.newFixedThreadPool(threads, NlpThreads.factory());
        this.writer = new TurnWriter(threads * 2 + 2);
        this.loadedBefore = kg.annotatorLoaded();
        this.compactedBytes = store.bytesOnDisk();
    }

    /** One document of the run: its turn in input order, and what happened to it. */
    private static final class Job {
        final int turn;
        final Document doc;
        final String identity;
        volatile boolean superseded;

        Job(int turn, Document doc, String identity) {
            this.turn = turn;
            this.doc = doc;
            this.identity = identity;
        }
    }

    /** Called on the reading thread for each input item. */
    void accept(Input input) {
        writer.stopIfFatal();
        if (input instanceof Input.Read r) {
            tally.read();
            submit(r.document(), r.identity());
        } else if (input instanceof Input.Problem p && p.skipped()) {
            tally.skipped();
            listener.skipped(p.location(), p.reason());
        } else if (input instanceof Input.Problem p) {
            fail(p.location(), p.reason(), null);
        } else if (input instanceof Input.Warning w) {
            listener.warning(w.location(), w.message());
        }
        writer.stopIfFatal();
    }

    private void submit(Document doc, String identity) {
        Job job = new Job(sequence++, doc, identity);
        Job earlier = latestByIdentity.put(identity, job);
        if (earlier != null) {
            earlier.superseded = true;
            tally.duplicate();
            listener.warning(earlier.doc.source(), "the same item (" + identity + ") comes again as "
                    + doc.source() + "; the later one is kept");
        }
        writer.acquire();
        if (!kg.options().force() && store.findDocumentBySha(doc.sha256()).isPresent()) {
            writer.arrive(job.turn, () -> unchanged(job));
            return;
        }
        workers.execute(() -> annotate(job));
    }

    /** On an annotating thread. */
    private void annotate(Job job) {
        if (writer.failed()) {
            writer.arrive(job.turn, () -> { });
            return;
        }
        try {
            long t0 = System.nanoTime();
            NewsKg.Annotated a = kg.annotateForIngest(job.doc);
            if (!a.cached()) {
                tally.annotated(t0, System.nanoTime(), a.parsed().tokenCount());
            }
            writer.arrive(job.turn, () -> write(job, step.prepare(a.parsed()), true));
        } catch (RuntimeException e) {
            writer.arrive(job.turn, () -> defer(job));
        } catch (Error e) {
            writer.fail(e);
            writer.arrive(job.turn, () -> { });
        }
    }

    private void unchanged(Job job) {
        if (job.superseded) {
            return;
        }
        var stored = store.findDocumentBySha(job.doc.sha256());
        if (stored.isEmpty()) {
            deferred.add(job); // an earlier item of this run replaced it: annotate it after the others
            return;
        }
        store.attachIdentity(job.identity, stored.get());
        tally.unchanged();
        listener.unchanged(job.doc.source());
    }

    /** Stores a prepared document; a failure is deferred (first try) or reported (retry). */
    private void write(Job job, DocumentStep.Prepared p, boolean firstTry) {
        if (job.superseded) {
            return;
        }
        if (p.failure() != null) {
            if (firstTry && !kg.options().strict()) {
                deferred.add(job);
            } else {
                fail(job.doc.source(), p.failure(), p.cause());
            }
            return;
        }
        ensureRun();
        store.storeDocument(job.identity, p.graphs().documentIri(), p.graphs().graph(), p.graphs().meta(),
                p.held());
        p.held().forEach(h -> listener.warning(job.doc.source(), "quarantined " + h.focusNode() + ": "
                + h.message()));
        var x = p.extraction();
        tally.stored(x.entities().size(), x.relations().size(),
                (int) x.quotes().stream().filter(q -> q.speakerKey() != null).count(), p.tokens(), p.held().size());
        listener.stored(job.doc.source(), p.tokens(), x.relations().size());
        if (++storedSinceCompaction >= COMPACT_EVERY) {
            storedSinceCompaction = 0;
            compactIfGrown();
        }
    }

    private void defer(Job job) {
        if (kg.options().strict()) {
            retryAlone(job);
        } else {
            deferred.add(job);
        }
    }

    /** The second try, with nothing else running. */
    private void retryAlone(Job job) {
        if (job.superseded) {
            return;
        }
        try {
            NewsKg.Annotated a = kg.annotateForIngest(job.doc);
            write(job, step.prepare(a.parsed()), false);
        } catch (RuntimeException e) {
            fail(job.doc.source(), "annotation failed: " + DocumentStep.describe(e), e);
        }
    }

    private void ensureRun() {
        if (!runWritten) {
            store.putRun(GraphBuilder.runGraph(run, null));
            runWritten = true;
        }
    }

    /**
     * Compacts once the store takes half as much again on disk as after the last compaction (or
     * at the start of the run): TDB2 keeps the old blocks of every committed transaction, so a
     * store written document by document grows far beyond its content until compacted.
     */
    private void compactIfGrown() {
        long now = store.bytesOnDisk();
        if (now > compactedBytes + compactedBytes / 2) {
            compactedBytes = store.compact().bytesAfter();
        }
    }

    /**
     * Records a failure. With --strict the first one ends the run: it is not reported to the
     * listener (the exception carries it) and nothing after it is processed.
     */
    private void fail(String location, String reason, Throwable cause) {
        tally.failed(location + ": " + reason);
        if (kg.options().strict()) {
            writer.fail(new NewsKgException(location + ": " + reason + " (--strict stops at the first problem)"));
        } else {
            listener.failed(location, reason);
            if (cause != null) {
                listener.trace(location, cause);
            }
        }
    }

    IngestReport finish() {
        try {
            writer.drain();
            writer.stopIfFatal();
            writer.runAndWait(() -> {
                for (Job job : List.copyOf(deferred)) {
                    retryAlone(job);
                }
                deferred.clear();
                if (runWritten) {
                    store.putRun(GraphBuilder.runGraph(run, Instant.now()));
                    compactIfGrown();
                }
            });
            writer.stopIfFatal();
        } finally {
            close();
        }
        double load = !loadedBefore && kg.annotatorLoaded() ? kg.annotator().loadMillis() / 1000.0 : 0;
        return tally.report(load, (System.nanoTime() - startNanos) / 1e9);
    }

    @Override
    public void close() {
        workers.shutdownNow();
        writer.close();
    }
}
