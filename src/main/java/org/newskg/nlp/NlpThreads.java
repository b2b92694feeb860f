package org.newskg.nlp;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names annotation worker threads ("newskg-nlp-1", ...) and makes them daemons. */
public final class NlpThreads {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private NlpThreads() {
    }

    /** A factory of daemon threads named newskg-nlp-N. */
    public static ThreadFactory factory() {
        return r -> {
            Thread t = new Thread(r, "newskg-nlp-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
