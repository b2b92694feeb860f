package org.newskg.cli;

import org.newskg.model.Options;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newskg spark-extract --master URL --out DIR PATH...}. Spark's classes are touched only
 * when this command runs (through {@link SparkLauncher}), so the rest of the program runs without
 * Spark on the class path.
 */
@Command(name = "spark-extract", description = "Extract articles on Apache Spark (local[N] here, or a cluster under spark-submit):"
        + " each document's graph and metadata as N-Quads in DIR/graphs, failures in DIR/failures; then 'newskg load'."
        + " Exit 1 if any input failed.")
final class SparkExtractCommand implements Callable<Integer> {

    @ParentCommand
    NewsKgCommand program;

    @Mixin
    ReadingOptions reading;

    @Spec
    CommandSpec spec;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master: local[2], spark://host:7077, yarn, k8s://...;"
            + " default: the one spark-submit sets")
    String master;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (any Spark path; must not exist)")
    String out;

    @Option(names = "--partitions", paramLabel = "N", description = "extraction tasks (default: twice the cluster's cores)")
    Integer partitions;

    @Option(names = {"-q", "--quiet"}, description = "no line per failed input")
    boolean quiet;

    @Option(names = "--stacktrace", description = "print the stack trace of a failure")
    boolean stacktrace;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (local paths, hdfs://, s3a://, ...)")
    List<String> paths;

    @Override
    public Integer call() {
        if (partitions != null && partitions < 1) {
            throw new Errors.UsageError("--partitions must be 1 or more, not " + partitions);
        }
        Options options = reading.apply(Options.defaults());
        SparkLauncher.Result r = SparkLauncher.run(master, paths, out, partitions == null ? 0 : partitions, options,
                program::setUp);
        PrintWriter err = spec.commandLine().getErr();
        if (!quiet) {
            r.failures().forEach(f -> err.println("newskg: " + f));
            err.flush();
        }
        spec.commandLine().getOut().println(r.summary());
        spec.commandLine().getOut().flush();
        return r.failures().isEmpty() ? Errors.OK : Errors.FAILURE;
    }
}
