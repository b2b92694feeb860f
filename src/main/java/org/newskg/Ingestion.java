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
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One ingest run. The reading thread hands each document to the annotating threads; their
 * results go to one writer thread that extracts, validates and stores them in input order, each
 * in its own transaction, so that store writes overlap annotation and the store's content never
 * depends on which thread finished first. A run killed at any moment leaves every committed
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
    private final ExecutorService writer;
    private final Semaphore window;
    private final Map<String, Job> latestByIdentity = new HashMap<>();
    private final boolean loadedBefore;
    private final long startNanos = System.nanoTime();
    /** Writer thread only: results waiting for their turn, the next turn, and the deferred. */
    private final TreeMap<Integer, Runnable> waiting = new TreeMap<>();
    private final List<Job> deferred = new ArrayList<>();
    private int nextTurn;
    private int storedSinceCompaction;
    private long compactedBytes;
    private int sequence;
    private boolean runWritten;
    private volatile Throwable fatal;

    Ingestion(NewsKg kg, KgStore store, IngestListener listener) {
        this.kg = kg;
        this.store = store;
        this.listener = listener;
        this.run = kg.newRun();
        this.step = new DocumentStep(kg, new GraphBuilder(run.iri()));
        int threads = Math.max(1, kg.options().threads());
        this.workers = Executors.newFixedThreadPool(threads, NlpThreads.factory());
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newskg-writer");
            t.setDaemon(true);
            return t;
        });
        this.window = new Semaphore(threads * 2 + 2);
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
        stopIfFatal();
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
        stopIfFatal();
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
        acquireWindow();
        if (!kg.options().force() && store.findDocumentBySha(doc.sha256()).isPresent()) {
            writer.execute(() -> arrived(job, () -> unchanged(job)));
            return;
        }
        workers.execute(() -> annotate(job));
    }

    private void acquireWindow() {
        try {
            while (!window.tryAcquire(1, TimeUnit.SECONDS)) {
                stopIfFatal();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("interrupted");
        }
    }

    /** On an annotating thread. */
    private void annotate(Job job) {
        if (fatal != null) {
            writer.execute(() -> arrived(job, () -> { }));
            return;
        }
        try {
            long t0 = System.nanoTime();
            NewsKg.Annotated a = kg.annotateForIngest(job.doc);
            if (!a.cached()) {
                tally.annotated(t0, System.nanoTime(), a.parsed().tokenCount());
            }
            writer.execute(() -> arrived(job, () -> write(job, step.prepare(a.parsed()), true)));
        } catch (RuntimeException e) {
            writer.execute(() -> arrived(job, () -> defer(job)));
        } catch (Error e) {
            fatal = e;
            writer.execute(() -> arrived(job, () -> { }));
        }
    }

    /** On the writer thread: runs the results in input order. */
    private void arrived(Job job, Runnable action) {
        waiting.put(job.turn, action);
        while (!waiting.isEmpty() && waiting.firstKey() == nextTurn) {
            Runnable next = waiting.pollFirstEntry().getValue();
            nextTurn++;
            try {
                if (fatal == null) {
                    next.run();
                }
            } catch (Error | RuntimeException e) {
                fatal = e; // the store failed (or memory ran out): the run ends with that one line
            } finally {
                window.release();
            }
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
            if (fatal == null) {
                fatal = new NewsKgException(location + ": " + reason + " (--strict stops at the first problem)");
            }
        } else {
            listener.failed(location, reason);
            if (cause != null) {
                listener.trace(location, cause);
            }
        }
    }

    /** Ends the run on the caller's thread once a fatal problem was met. */
    private void stopIfFatal() {
        Throwable f = fatal;
        if (f instanceof Error e) {
            throw e;
        }
        if (f instanceof RuntimeException r) {
            throw r;
        }
    }

    IngestReport finish() {
        try {
            drain();
            stopIfFatal();
            writerDo(() -> {
                for (Job job : List.copyOf(deferred)) {
                    retryAlone(job);
                }
                deferred.clear();
                if (runWritten) {
                    store.putRun(GraphBuilder.runGraph(run, Instant.now()));
                    compactIfGrown();
                }
            });
            stopIfFatal();
        } finally {
            close();
        }
        double load = !loadedBefore && kg.annotatorLoaded() ? kg.annotator().loadMillis() / 1000.0 : 0;
        return tally.report(load, (System.nanoTime() - startNanos) / 1e9);
    }

    /** Waits until every submitted document has been written or deferred. */
    private void drain() {
        int permits = Math.max(1, kg.options().threads()) * 2 + 2;
        try {
            while (!window.tryAcquire(permits, 1, TimeUnit.SECONDS)) {
                if (fatal instanceof Error) {
                    return;
                }
            }
            window.release(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("interrupted");
        }
    }

    /** Runs an action on the writer thread and waits for it; its Error or exception is rethrown. */
    private void writerDo(Runnable action) {
        try {
            writer.submit(action).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        writer.shutdown();
        try {
            writer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
