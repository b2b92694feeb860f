package org.newskg.bench;

import org.newskg.NewsKgException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The whole ingest against CoreNLP alone, both as whole processes on the same documents with the
 * same annotators and threads, one after the other: {@code newskg ingest} into a fresh
 * temporary store (no annotation cache), and {@link org.newskg.nlp.BareCoreNlp}. The ratio of
 * their wall times is what NewsKG adds to the NLP (reading, extraction, SHACL, store writes,
 * compaction, JVM start and model load on both sides).
 */
public final class WholeProcessBench {

    private final int threads;
    private final String heap;

    /**
     * @param threads annotation threads on both sides
     * @param heap    -Xmx of both child JVMs, e.g. "6g"
     */
    public WholeProcessBench(int threads, String heap) {
        this.threads = threads;
        this.heap = heap;
    }

    /**
     * Wall times of both processes.
     *
     * @param ingestSeconds the whole {@code newskg ingest} process
     * @param bareSeconds   the whole bare CoreNLP process
     */
    public record Result(int documents, int threads, double ingestSeconds, double bareSeconds) {

        /** Ingest wall time over bare CoreNLP's. */
        public double ratio() {
            return ingestSeconds / bareSeconds;
        }

        public String toText() {
            return String.format(Locale.ROOT, "whole process, %d documents, %d threads: newskg ingest %.1f s,"
                    + " bare CoreNLP %.1f s, ratio %.2fx", documents, threads, ingestSeconds, bareSeconds, ratio());
        }
    }

    /** Runs both processes on the text files under the paths. */
    public Result run(List<Path> paths) {
        List<String> files = textFiles(paths);
        if (files.isEmpty()) {
            throw new NewsKgException("nothing to measure: no .txt file in " + paths);
        }
        Path tmp;
        try {
            tmp = Files.createTempDirectory("newskg-wholebench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            List<String> ingest = new ArrayList<>(List.of("org.newskg.cli.Main", "ingest", "--quiet", "--threads",
                    String.valueOf(threads), "--store", tmp.resolve("store").toString()));
            ingest.addAll(files);
            double ingestSeconds = time(ingest);
            List<String> bare = new ArrayList<>(List.of("org.newskg.nlp.BareCoreNlp", String.valueOf(threads)));
            bare.addAll(files);
            double bareSeconds = time(bare);
            return new Result(files.size(), threads, ingestSeconds, bareSeconds);
        } finally {
            deleteTree(tmp);
        }
    }

    private double time(List<String> mainAndArgs) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseG1GC", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(mainAndArgs);
        long t0 = System.nanoTime();
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int status = p.waitFor();
            if (status != 0) {
                throw new NewsKgException(mainAndArgs.get(0) + " exited with status " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + cmd.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("interrupted");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static List<String> textFiles(List<Path> paths) {
        List<String> out = new ArrayList<>();
        for (Path p : paths) {
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".txt")).sorted()
                        .forEach(f -> out.add(f.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
