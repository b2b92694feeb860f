package org.newskg.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.newskg.NewsKg;
import org.newskg.rdf.GraphBuilder;
import org.newskg.rdf.RunInfo;
import org.newskg.rdf.Vocab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The {@code spark-extract} job. The driver checks the inputs and names the run; the executors
 * read the files ({@link ReadFiles}), the documents are sorted by where they stand in the input
 * and spread over the extraction tasks, each task extracts its documents with its JVM's one
 * pipeline ({@link ExtractDocument}), and the results go to the output folder
 * ({@link SparkOutput}). Extraction runs once: its results are persisted while the graphs,
 * failures and counts are written.
 */
public final class SparkExtraction {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SparkExtraction() {
    }

    /**
     * Runs the job and waits for it.
     *
     * @throws IllegalArgumentException when the output folder exists already or no master is known
     */
    public static SparkExtractReport run(SparkExtractRequest request) {
        return run(request, null);
    }

    /**
     * Runs the job; in local mode its tasks use a NewsKG built with this change to the builder
     * (a program lends its already loaded pipeline: {@code b -> b.annotator(loaded)}), on a cluster
     * the change is ignored and each executor builds its own.
     */
    public static SparkExtractReport run(SparkExtractRequest request, UnaryOperator<NewsKg.Builder> localSetup) {
        long t0 = System.nanoTime();
        RunInfo run;
        try (NewsKg kg = NewsKg.builder().options(request.options()).build()) {
            run = kg.newRun();
        }
        JobConfig config = JobConfig.of(request.options(), run.iri());
        SparkConf conf = conf(request);
        boolean lend = localSetup != null && conf.get("spark.master").startsWith("local");
        if (lend) {
            ExecutorKg.lend(run.iri(), localSetup.apply(NewsKg.builder().options(config.options())).build());
        }
        try {
            return run(request, conf, run, config, t0);
        } finally {
            if (lend) {
                ExecutorKg.giveBack(run.iri());
            }
        }
    }

    private static SparkExtractReport run(SparkExtractRequest request, SparkConf conf, RunInfo run, JobConfig config,
                                          long t0) {
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Configuration hadoop = sc.hadoopConfiguration();
            hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
            Path out = new Path(request.out());
            if (exists(out, hadoop)) {
                throw new IllegalArgumentException("output folder " + request.out() + " exists already; give a new one");
            }
            List<Failure> failures = new ArrayList<>();
            List<String> inputs = new ArrayList<>();
            for (String in : request.inputs()) {
                if (exists(new Path(in), hadoop)) {
                    inputs.add(in);
                } else {
                    failures.add(new Failure(in, "no such file or folder"));
                }
            }
            int partitions = request.partitions() > 0 ? request.partitions() : 2 * sc.defaultParallelism();
            JavaRDD<Extracted> results = extract(sc, inputs, partitions, config);
            results.filter(Extracted::ok).map(Extracted::nquads).saveAsTextFile(child(out, SparkOutput.GRAPHS));
            long documents = results.filter(Extracted::ok).count();
            long tokens = results.map(Extracted::tokens).fold(0L, Long::sum);
            failures.addAll(results.filter(e -> !e.ok()).map(Extracted::failure).collect());
            results.unpersist();
            sc.parallelize(json(failures), 1).saveAsTextFile(child(out, SparkOutput.FAILURES));
            sc.parallelize(List.of(RunQuads.write(run, Instant.now())), 1).saveAsTextFile(child(out, SparkOutput.RUN));
            return new SparkExtractReport(documents, failures, tokens, (System.nanoTime() - t0) / 1e9, request.out());
        }
    }

    private static JavaRDD<Extracted> extract(JavaSparkContext sc, List<String> inputs, int partitions, JobConfig config) {
        if (inputs.isEmpty()) {
            return sc.emptyRDD();
        }
        return sc.binaryFiles(String.join(",", inputs), partitions)
                .flatMap(new ReadFiles(config))
                .sortBy(ReadItem::sortKey, true, partitions)
                .map(new ExtractDocument(config))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    private static SparkConf conf(SparkExtractRequest request) {
        SparkConf conf = new SparkConf().setAppName("newskg spark-extract");
        if (request.master() != null) {
            conf.setMaster(request.master());
        }
        if (!conf.contains("spark.master")) {
            throw new IllegalArgumentException("no Spark master: give --master (local[N] on one machine) or run under spark-submit");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.metrics.conf.*.sink.servlet.class", LocalMetricsServlet.class.getName());
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return conf;
    }

    private static boolean exists(Path p, Configuration hadoop) {
        try {
            FileSystem fs = p.getFileSystem(hadoop);
            return fs.exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + p + ": " + e.getMessage(), e);
        }
    }

    private static String child(Path out, String name) {
        return new Path(out, name).toString();
    }

    private static List<String> json(List<Failure> failures) {
        List<String> lines = new ArrayList<>();
        for (Failure f : failures) {
            try {
                lines.add(JSON.writeValueAsString(failureJson(f)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return lines;
    }

    private static Map<String, String> failureJson(Failure f) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("location", f.location());
        m.put("reason", f.reason());
        return m;
    }

    /** The run's description as N-Quads in the meta graph. */
    static final class RunQuads {
        private RunQuads() {
        }

        static String write(RunInfo run, Instant ended) {
            StringBuilder sb = new StringBuilder();
            GraphBuilder.runGraph(run, ended).find().forEachRemaining(t -> sb.append(
                    org.apache.jena.riot.out.NodeFmtLib.strNQ(
                            org.apache.jena.sparql.core.Quad.create(
                                    org.apache.jena.graph.NodeFactory.createURI(Vocab.META_GRAPH), t))).append('\n'));
            return sb.toString().strip();
        }
    }
}
