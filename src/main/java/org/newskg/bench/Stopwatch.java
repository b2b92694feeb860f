package org.newskg.bench;

/** Adds up elapsed time over several laps, in nanoseconds. */
final class Stopwatch {

    private long total;
    private long started;

    void start() {
        started = System.nanoTime();
    }

    void stop() {
        total += System.nanoTime() - started;
    }

    /** Time so far in milliseconds. */
    double millis() {
        return total / 1e6;
    }
}
