package org.newskg;

import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The one writer thread of an ingest run. Results arrive from any thread tagged with their turn
 * (the input order); they run on this thread strictly in turn order, so the store's content
 * never depends on which annotating thread finished first. A window of permits bounds how many
 * documents are read ahead of the writer. The first Error or exception an action throws is kept
 * as the run's fatal problem: later actions are skipped and {@link #stopIfFatal()} rethrows it.
 */
final class TurnWriter implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newskg-writer");
        t.setDaemon(true);
        return t;
    });
    private final int permits;
    private final Semaphore window;
    /** Writer thread only: results waiting for their turn, and the next turn. */
    private final TreeMap<Integer, Runnable> waiting = new TreeMap<>();
    private int nextTurn;
    private volatile Throwable fatal;

    TurnWriter(int permits) {
        this.permits = permits;
        this.window = new Semaphore(permits);
    }

    /** Takes one place in the window before a document is handed on; waits while it is full. */
    void acquire() {
        try {
            while (!window.tryAcquire(1, TimeUnit.SECONDS)) {
                stopIfFatal();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("interrupted");
        }
    }

    /** From any thread: the action of one turn; it runs once every earlier turn has run. */
    void arrive(int turn, Runnable action) {
        thread.execute(() -> runInTurn(turn, action));
    }

    private void runInTurn(int turn, Runnable action) {
        waiting.put(turn, action);
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

    /** Marks the run as failed, unless it already is. */
    void fail(Throwable problem) {
        if (fatal == null) {
            fatal = problem;
        }
    }

    boolean failed() {
        return fatal != null;
    }

    /** Ends the run on the caller's thread once a fatal problem was met. */
    void stopIfFatal() {
        Throwable f = fatal;
        if (f instanceof Error e) {
            throw e;
        }
        if (f instanceof RuntimeException r) {
            throw r;
        }
    }

    /** Waits until every turn handed out so far has run (or an Error ended the run). */
    void drain() {
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
    void runAndWait(Runnable action) {
        try {
            thread.submit(action).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("interrupted");
        } catch (ExecutionException e) {
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
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
