package org.newskg.cli;

import org.newskg.IngestReport;
import org.newskg.NewsKg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newskg ingest PATH...}. */
@Command(name = "ingest", description = "Read articles (.txt .md .html .json .jsonl, or folders), extract facts, store them.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "documents annotated in parallel (default: cores)")
    Integer threads;

    @Option(names = "--force", description = "re-extract documents already in the store")
    boolean force;

    @Option(names = "--strict", description = "stop at the first bad input")
    boolean strict;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for documents that give none")
    LocalDate date;

    @Option(names = "--max-chars", paramLabel = "N", description = "refuse documents longer than this (default 2000000)")
    Integer maxChars;

    @Option(names = "--cache", paramLabel = "DIR", description = "annotation cache folder: re-extraction costs no NLP time")
    Path cache;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "relation lexicon to use instead of the bundled one")
    Path lexicon;

    @Option(names = {"-q", "--quiet"}, description = "no progress")
    boolean quiet;

    @Override
    public Integer call() {
        var options = common.builder().build().options().withForce(force).withStrict(strict).withDefaultDate(date);
        if (threads != null) {
            options = options.withThreads(Math.max(1, threads));
        }
        if (maxChars != null) {
            options = options.withMaxChars(maxChars);
        }
        options = options.withCacheDir(cache).withLexicon(lexicon);
        Progress progress = new Progress(System.err, !quiet && System.console() != null);
        try (NewsKg kg = NewsKg.builder().options(options).build()) {
            IngestReport report = kg.ingest(paths, progress);
            progress.done();
            System.out.println(report.summary());
            return report.failed().isEmpty() ? Errors.OK : Errors.FAILURE;
        }
    }
}
