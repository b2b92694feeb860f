package org.newskg.cli;

import org.newskg.bench.CachedParses;
import org.newskg.bench.ScalingBenchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code bench --scaling}: reads the parses, measures in a temporary folder, returns the table. */
final class ScalingRun {

    private ScalingRun() {
    }

    static String run(List<Path> paths, Path cache, long budgetSeconds, PrintWriter progress) {
        if (budgetSeconds < 1) {
            throw new Errors.UsageError("--budget must be 1 second or more, not " + budgetSeconds);
        }
        if (cache == null) {
            throw new Errors.UsageError("--scaling needs --cache DIR (the parses are read from it; missing ones are added)");
        }
        try {
            Path tmp = Files.createTempDirectory("newskg-scaling");
            List<String> notes = new ArrayList<>();
            var parses = CachedParses.read(paths, cache, notes::add);
            progress.println("measuring " + ScalingBenchmark.sizes() + " ...");
            progress.flush();
            var report = new ScalingBenchmark(budgetSeconds).run(parses, tmp);
            Files.deleteIfExists(tmp);
            notes.forEach(n -> progress.println("note: " + n));
            return report.toTable();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }
}
