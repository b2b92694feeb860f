package org.newskg.cli;

import org.newskg.model.Options;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;

/** Options of the commands that read and annotate articles: the fallback date and the cache. */
final class ReadingOptions {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for documents that give none")
    LocalDate date;

    @Option(names = "--cache", paramLabel = "DIR", description = "annotation cache folder: re-extraction costs no NLP time")
    Path cache;

    /** The options with these settings applied. */
    Options apply(Options o) {
        return o.withDefaultDate(date).withCacheDir(cache);
    }
}
