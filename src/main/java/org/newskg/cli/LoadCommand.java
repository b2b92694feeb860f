package org.newskg.cli;

import org.newskg.LoadReport;
import org.newskg.NewsKg;
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

/** {@code newskg load --store DIR IN...}. */
@Command(name = "load", description = "Load N-Quads from 'spark-extract' (its output folder) or an nq export into the store:"
        + " Jena's bulk loader into an empty store, one transaction per document otherwise; documents already stored"
        + " (same content hash) are passed over. Exit 1 if any input failed.")
final class LoadCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "IN", description = "spark-extract output folders, N-Quads files or folders of them")
    List<Path> inputs;

    @Option(names = {"-q", "--quiet"}, description = "no progress, no line for inputs passed over")
    boolean quiet;

    @Option(names = "--log", description = "one line per document on stderr instead of a live progress line")
    boolean log;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, Progress.choose(quiet, log, System.console() != null));
        try (NewsKg kg = common.builder().build()) {
            LoadReport report = kg.load(inputs, progress);
            progress.done();
            spec.commandLine().getOut().println(report.summary());
            spec.commandLine().getOut().flush();
            return report.failed().isEmpty() ? Errors.OK : Errors.FAILURE;
        } finally {
            progress.done();
        }
    }
}
