package org.newskg.cli;

import org.newskg.IngestReport;
import org.newskg.NewsKg;
import org.newskg.model.Options;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newskg ingest PATH...}. */
@Command(name = "ingest", description = "Read articles (.txt .md .html .json .jsonl, or folders), extract facts, store them."
        + " Exit 1 if any input failed (each named on stderr).")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    ReadingOptions reading;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "documents annotated in parallel (default: cores)")
    Integer threads;

    @Option(names = "--force", description = "re-extract documents already in the store")
    boolean force;

    @Option(names = "--strict", description = "stop at the first bad input")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "no progress, no line for inputs passed over")
    boolean quiet;

    @Option(names = "--log", description = "one line per document on stderr instead of a live progress line")
    boolean log;

    @Override
    public Integer call() {
        if (threads != null && threads < 1) {
            throw new Errors.UsageError("--threads must be 1 or more, not " + threads);
        }
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, Progress.choose(quiet, log, System.console() != null));
        try (NewsKg kg = common.builder().update(this::options).build()) {
            IngestReport report = kg.ingest(paths, common.stacktrace ? new Traces(progress, err) : progress);
            progress.done();
            spec.commandLine().getOut().println(report.summary());
            spec.commandLine().getOut().flush();
            return report.failures() == 0 ? Errors.OK : Errors.FAILURE;
        } finally {
            progress.done();
        }
    }

    private Options options(Options o) {
        Options changed = reading.apply(o).withForce(force).withStrict(strict);
        return threads == null ? changed : changed.withThreads(threads);
    }
}
