package org.newskg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code spark-extract} and {@code load} on bad usage and bad input, through the real command line:
 * one line on stderr, no stack trace, the documented exit status (real Spark where it starts, real
 * TDB2 stores; no models are needed because nothing gets as far as annotation).
 */
class SparkCliTest {

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(UnaryOperator.identity(), args);
    }

    @Test
    void sparkExtractRefusesAnOutputFolderThatExists() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(tmp.resolve("a.txt"), "Alice met Bob.");
        CliRun r = run("spark-extract", "--master", "local[1]", "--out", out.toString(), tmp.resolve("a.txt").toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("exists already"), r.toString());
        assertTrue(r.noStackTrace(), r.toString());
    }

    @Test
    void sparkExtractWithoutMasterOutsideSparkSubmitSaysWhatToGive() {
        CliRun r = run("spark-extract", "--out", tmp.resolve("out").toString(), tmp.toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("--master"), r.toString());
        assertTrue(r.noStackTrace(), r.toString());
    }

    @Test
    void loadNamesEachBadInputAndStoresNothingFromIt() throws IOException {
        Path bad = tmp.resolve("bad.nq");
        Files.writeString(bad, "this is not N-Quads\n");
        CliRun r = run("load", "-q", "--store", tmp.resolve("store").toString(), bad.toString(), tmp.resolve("missing").toString());
        assertEquals(1, r.status(), r.toString());
        assertEquals(1, r.err().lines().filter(l -> l.contains("bad.nq")).count(), r.toString());
        assertEquals(1, r.err().lines().filter(l -> l.contains("missing") && l.contains("no such file")).count(), r.toString());
        assertTrue(r.out().contains("0 documents loaded"), r.toString());
        assertTrue(r.noStackTrace(), r.toString());
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            assertEquals(0, store.stats().triples());
        }
    }
}
