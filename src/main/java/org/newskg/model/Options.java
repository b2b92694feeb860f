package org.newskg.model;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Every setting of a NewsKG run, in one place.
 *
 * @param store       the TDB2 store folder
 * @param threads     documents annotated in parallel
 * @param maxChars    documents longer than this (code points) are refused
 * @param defaultDate publication date for documents that give none, or null
 * @param cacheDir    folder of the annotation cache, or null for none
 * @param lexicon     a relation lexicon file to use instead of the bundled one, or null
 * @param strict      the first bad input ends the run
 * @param force       re-extract documents already in the store
 */
public record Options(Path store, int threads, int maxChars, LocalDate defaultDate, Path cacheDir,
                      Path lexicon, boolean strict, boolean force) {

    /** Default size limit: 2 million code points, about 300,000 words. */
    public static final int DEFAULT_MAX_CHARS = 2_000_000;

    /** The defaults: store ./newskg-store, one thread per core. */
    public static Options defaults() {
        return new Options(Path.of("newskg-store"), Runtime.getRuntime().availableProcessors(),
                DEFAULT_MAX_CHARS, null, null, null, false, false);
    }

    public Options withStore(Path dir) {
        return new Options(dir, threads, maxChars, defaultDate, cacheDir, lexicon, strict, force);
    }

    public Options withThreads(int n) {
        return new Options(store, n, maxChars, defaultDate, cacheDir, lexicon, strict, force);
    }

    public Options withMaxChars(int n) {
        return new Options(store, threads, n, defaultDate, cacheDir, lexicon, strict, force);
    }

    public Options withDefaultDate(LocalDate d) {
        return new Options(store, threads, maxChars, d, cacheDir, lexicon, strict, force);
    }

    public Options withCacheDir(Path dir) {
        return new Options(store, threads, maxChars, defaultDate, dir, lexicon, strict, force);
    }

    public Options withLexicon(Path file) {
        return new Options(store, threads, maxChars, defaultDate, cacheDir, file, strict, force);
    }

    public Options withStrict(boolean b) {
        return new Options(store, threads, maxChars, defaultDate, cacheDir, lexicon, b, force);
    }

    public Options withForce(boolean b) {
        return new Options(store, threads, maxChars, defaultDate, cacheDir, lexicon, strict, b);
    }
}
