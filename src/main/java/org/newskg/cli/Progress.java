package org.newskg.cli;

import org.newskg.IngestListener;

import java.io.PrintWriter;

/**
 * Reports ingest progress on stderr. Failures and warnings are always printed, one line each
 * naming the input; inputs passed over are printed unless quiet. Besides that, one of:
 * a live line (documents done, tokens/s, last document) on a terminal; one line per document
 * ({@code --log}, for logs and for watching a run from another program); or nothing
 * (output not a terminal, or {@code --quiet}).
 */
final class Progress implements IngestListener {

    /** How much to say beyond failures and warnings. */
    enum Mode {
        /** A live line rewritten in place: only on a terminal. */
        LIVE,
        /** One line per document stored or unchanged. */
        LOG,
        /** Nothing while it runs; passed-over inputs are printed. */
        PLAIN,
        /** Nothing while it runs, passed-over inputs not printed either. */
        QUIET
    }

    private final PrintWriter err;
    private final Mode mode;
    private final long start = System.nanoTime();
    private int done;
    private long tokens;

    Progress(PrintWriter err, Mode mode) {
        this.err = err;
        this.mode = mode;
    }

    /** The mode for the ingest options: --quiet wins, then --log, then a live line if there is a terminal. */
    static Mode choose(boolean quiet, boolean log, boolean terminal) {
        if (quiet) {
            return Mode.QUIET;
        }
        if (log) {
            return Mode.LOG;
        }
        return terminal ? Mode.LIVE : Mode.PLAIN;
    }

    @Override
    public synchronized void stored(String source, int tokenCount, int facts) {
        done++;
        tokens += tokenCount;
        if (mode == Mode.LIVE) {
            err.printf("\r%d documents, %.0f tokens/s, last: %s (%d facts)    ", done, tokensPerSecond(),
                    shorten(source), facts);
            err.flush();
        } else if (mode == Mode.LOG) {
            err.printf("newskg: stored %s (%d tokens, %d facts)%n", source, tokenCount, facts);
            err.flush();
        }
    }

    @Override
    public synchronized void unchanged(String source) {
        if (mode == Mode.LOG) {
            err.println("newskg: unchanged " + source);
            err.flush();
        }
    }

    @Override
    public synchronized void failed(String location, String reason) {
        clearLine();
        err.println("newskg: " + location + ": " + reason);
        err.flush();
    }

    @Override
    public synchronized void warning(String location, String message) {
        clearLine();
        err.println("newskg: warning: " + location + ": " + message);
        err.flush();
    }

    @Override
    public synchronized void skipped(String location, String reason) {
        if (mode != Mode.QUIET) {
            clearLine();
            err.println("newskg: skipped " + location + ": " + reason);
            err.flush();
        }
    }

    /** Ends the live line, if any, so that what follows starts on a clean line. */
    synchronized void done() {
        clearLine();
        err.flush();
    }

    private double tokensPerSecond() {
        double s = (System.nanoTime() - start) / 1e9;
        return tokens / Math.max(s, 1e-3);
    }

    private void clearLine() {
        if (mode == Mode.LIVE) {
            err.print("\r\033[K");
        }
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : "..." + s.substring(s.length() - 37);
    }
}
