package org.newskg.spark;

/**
 * The layout of a {@code spark-extract} output folder (what {@code newskg load} reads):
 * {@value #GRAPHS}/ holds Spark part files of N-Quads, each document's block of lines together and
 * the documents in input order; {@value #RUN}/ the extraction run's {@code prov:Activity} as
 * N-Quads; {@value #FAILURES}/ one JSON object per line, {@code {"location": ..., "reason": ...}}.
 */
public final class SparkOutput {

    public static final String GRAPHS = "graphs";
    public static final String RUN = "run";
    public static final String FAILURES = "failures";

    private SparkOutput() {
    }
}
