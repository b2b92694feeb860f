package org.newskg.cli;

import org.newskg.model.Options;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Options of the commands that read and annotate articles (ingest, extract, spark-extract): the
 * fallback date, the annotation cache, the size limit and the relation lexicon.
 */
final class ReadingOptions {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for documents that give none")
    LocalDate date;

    @Option(names = "--cache", paramLabel = "DIR", description = "annotation cache folder: re-extraction costs no NLP time")
    Path cache;

    @Option(names = "--max-chars", paramLabel = "N", description = "refuse documents longer than this (default 2000000)")
    Integer maxChars;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "relation lexicon to use instead of the bundled one"
            + " (with spark-extract: a path every executor can read)")
    Path lexicon;

    /** The options with these settings applied; a usage error for a size limit below 1. */
    Options apply(Options o) {
        if (maxChars != null && maxChars < 1) {
            throw new Errors.UsageError("--max-chars must be 1 or more, not " + maxChars);
        }
        Options changed = o.withDefaultDate(date).withCacheDir(cache).withLexicon(lexicon);
        return maxChars == null ? changed : changed.withMaxChars(maxChars);
    }
}
