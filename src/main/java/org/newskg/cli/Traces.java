package org.newskg.cli;

import org.newskg.IngestListener;

import java.io.PrintWriter;

/** With {@code --stacktrace}: the progress listener, plus the stack trace behind each failure. */
final class Traces implements IngestListener {

    private final IngestListener inner;
    private final PrintWriter err;

    Traces(IngestListener inner, PrintWriter err) {
        this.inner = inner;
        this.err = err;
    }

    @Override
    public void stored(String source, int tokens, int facts) {
        inner.stored(source, tokens, facts);
    }

    @Override
    public void unchanged(String source) {
        inner.unchanged(source);
    }

    @Override
    public void failed(String location, String reason) {
        inner.failed(location, reason);
    }

    @Override
    public void trace(String location, Throwable cause) {
        synchronized (inner) {
            cause.printStackTrace(err);
            err.flush();
        }
    }

    @Override
    public void skipped(String location, String reason) {
        inner.skipped(location, reason);
    }

    @Override
    public void warning(String location, String message) {
        inner.warning(location, message);
    }
}
