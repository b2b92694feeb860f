package org.newskg;

import java.util.ArrayList;
import java.util.List;

/** The counts of one ingest run, updated from the reading, annotating and writing threads. */
final class IngestTally {

    private final List<String> failed = new ArrayList<>();
    private int failures;
    private int read;
    private int stored;
    private int unchanged;
    private int duplicates;
    private int quarantined;
    private int skipped;
    private int entities;
    private int facts;
    private int quotes;
    private long tokens;
    private long annotatedTokens;
    private long firstAnnotation = Long.MAX_VALUE;
    private long lastAnnotation = Long.MIN_VALUE;

    synchronized void read() {
        read++;
    }

    synchronized void skipped() {
        skipped++;
    }

    synchronized void unchanged() {
        unchanged++;
    }

    synchronized void duplicate() {
        duplicates++;
    }

    /** Counts a failure; its line is kept only while few are. */
    synchronized void failed(String line) {
        failures++;
        if (failed.size() < IngestReport.KEPT_FAILURES) {
            failed.add(line);
        }
    }

    synchronized void stored(int entityCount, int factCount, int quoteCount, int tokenCount, int held) {
        stored++;
        entities += entityCount;
        facts += factCount;
        quotes += quoteCount;
        tokens += tokenCount;
        quarantined += held;
    }

    synchronized int storedSoFar() {
        return stored;
    }

    /** One document annotated by CoreNLP between these two instants ({@link System#nanoTime()}). */
    synchronized void annotated(long startNanos, long endNanos, int tokenCount) {
        annotatedTokens += tokenCount;
        firstAnnotation = Math.min(firstAnnotation, startNanos);
        lastAnnotation = Math.max(lastAnnotation, endNanos);
    }

    synchronized IngestReport report(double loadSeconds, double seconds) {
        double span = annotatedTokens == 0 ? 0 : (lastAnnotation - firstAnnotation) / 1e9;
        double annotation = Math.max(0, span - loadSeconds);
        return new IngestReport(read, stored, unchanged, failed, failures, duplicates, quarantined, skipped,
                entities, facts, quotes, tokens, annotatedTokens, annotation, loadSeconds, seconds);
    }
}
