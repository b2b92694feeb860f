package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.model.Options;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The command line's one door to {@code org.newskg.spark}: its signatures hold no Spark type, so
 * loading the command classes never loads Spark. Reports a missing Spark as one clear line.
 */
final class SparkLauncher {

    /** The job's outcome in plain types. */
    record Result(String summary, List<String> failures) {
    }

    private SparkLauncher() {
    }

    static Result run(String master, List<String> paths, String out, int partitions, Options options,
                      UnaryOperator<NewsKg.Builder> localSetup) {
        try {
            Class.forName("org.apache.spark.SparkConf", false, SparkLauncher.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Spark is not on the class path: run spark-extract with ./newskg"
                    + " (which adds target/spark-lib) or under spark-submit");
        }
        var report = org.newskg.spark.SparkExtraction.run(
                new org.newskg.spark.SparkExtractRequest(master, paths, out, partitions, options), localSetup);
        return new Result(report.summary(),
                report.failures().stream().map(f -> f.location() + ": " + f.reason()).toList());
    }
}
