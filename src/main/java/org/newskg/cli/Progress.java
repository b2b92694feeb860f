package org.newskg.cli;

import org.newskg.IngestListener;

import java.io.PrintStream;

/** Reports ingest progress on stderr: a live line on a terminal, failures always. */
final class Progress implements IngestListener {

    private final PrintStream err;
    private final boolean live;
    private final long start = System.nanoTime();
    private int done;
    private long tokens;

    Progress(PrintStream err, boolean live) {
        this.err = err;
        this.live = live;
    }

    @Override
    public synchronized void stored(String source, int tokenCount, int facts) {
        done++;
        tokens += tokenCount;
        if (live) {
            double s = (System.nanoTime() - start) / 1e9;
            err.printf("\r%d documents, %.0f tokens/s, last: %s (%d facts)    ", done, tokens / Math.max(s, 1e-3),
                    shorten(source), facts);
            err.flush();
        }
    }

    @Override
    public synchronized void failed(String location, String reason) {
        clearLine();
        err.println("newskg: " + location + ": " + reason);
    }

    @Override
    public synchronized void warning(String location, String message) {
        clearLine();
        err.println("newskg: warning: " + location + ": " + message);
    }

    @Override
    public synchronized void skipped(String location, String reason) {
        if (live) {
            clearLine();
            err.println("newskg: skipped " + location + ": " + reason);
        }
    }

    synchronized void done() {
        clearLine();
    }

    private void clearLine() {
        if (live) {
            err.print("\r\033[K");
        }
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : "..." + s.substring(s.length() - 37);
    }
}
