package org.newskg.query;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * A string as the regex engine reads it, one character at a time, that stops the match when
 * the query is cancelled (its timeout went off) or the call's own deadline passes. Java's
 * regex matcher offers no other way to stop a backtracking match.
 */
final class CancellableChars implements CharSequence {

    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final int from;
    private final int to;
    private final AtomicBoolean cancelled;
    private final long deadlineNanos;
    private final Counter counter;

    /**
     * @param cancelled     the query's cancel signal, or null
     * @param deadlineNanos {@link System#nanoTime()} after which the match stops; Long.MAX_VALUE for none
     */
    CancellableChars(String text, AtomicBoolean cancelled, long deadlineNanos) {
        this(text, 0, text.length(), cancelled, deadlineNanos, new Counter());
    }

    private CancellableChars(String text, int from, int to, AtomicBoolean cancelled, long deadlineNanos, Counter counter) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.cancelled = cancelled;
        this.deadlineNanos = deadlineNanos;
        this.counter = counter;
    }

    @Override
    public char charAt(int index) {
        if (++counter.reads % CHECK_EVERY == 0) {
            check();
        }
        return text.charAt(from + index);
    }

    private void check() {
        if (cancelled != null && cancelled.get() || System.nanoTime() - deadlineNanos > 0) {
            throw new QueryCancelledException();
        }
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableChars(text, from + start, from + end, cancelled, deadlineNanos, counter);
    }

    @Override
    public String toString() {
        return text.substring(from, to);
    }

    /** Reads so far, shared by a sequence and its subsequences (one match, one thread). */
    private static final class Counter {
        long reads;
    }
}
