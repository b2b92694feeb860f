package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.bench.BenchReport;
import org.newskg.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newskg bench FILES...}: where the time and memory of an ingest go. */
@Command(name = "bench", description = "Measure model load, CoreNLP annotation (1 and N threads), extraction,"
        + " RDF + SHACL + TDB2 writes and re-extraction from the annotation cache on these documents,"
        + " in a temporary store.")
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    NewsKgCommand program;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders of articles")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "threads of the parallel annotation (default: cores)")
    Integer threads;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Option(names = "--stacktrace", description = "print the stack trace of a failure")
    boolean stacktrace;

    @Option(names = "--scaling", description = "instead: extraction ms per 1,000 tokens for documents of 1k-64k tokens"
            + " (concatenated from these documents' cached parses) and store ms per document with 100-100,000 documents stored")
    boolean scaling;

    @Option(names = "--cache", paramLabel = "DIR", description = "with --scaling: annotation cache to read the parses from"
            + " (missing ones are annotated once and added)")
    Path cache;

    @Option(names = "--budget", paramLabel = "SECONDS", defaultValue = "300",
            description = "with --scaling: the longest one extraction may take (default: ${DEFAULT-VALUE})")
    long budget;

    @Option(names = "--whole-process", description = "time a whole newskg ingest (fresh store, no cache) against"
            + " CoreNLP alone with the same annotators and threads, each as its own process, and print the ratio")
    boolean wholeProcess;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "6g",
            description = "-Xmx of the processes of --whole-process (default: ${DEFAULT-VALUE})")
    String heap;

    @Override
    public Integer call() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new Errors.UsageError("--threads must be 1 or more, not " + n);
        }
        if (wholeProcess) {
            var result = new org.newskg.bench.WholeProcessBench(n, heap).run(paths);
            spec.commandLine().getOut().println(result.toText());
            spec.commandLine().getOut().flush();
            return Errors.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (scaling) {
            out.println(ScalingRun.run(paths, cache, budget, out));
            out.flush();
            return Errors.OK;
        }
        BenchReport report = new Benchmark(program.setUp(NewsKg.builder()), n).run(paths);
        out.println(json ? report.toJson() : report.toTable());
        out.flush();
        return Errors.OK;
    }
}
