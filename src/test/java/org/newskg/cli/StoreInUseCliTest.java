package org.newskg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.LockHolder;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two processes on one store: the second gets one clear line and exit 1, not a stack trace. */
class StoreInUseCliTest {

    @TempDir
    Path tmp;

    @Test
    void aStoreHeldByAnotherProcessIsReportedInOneLine() throws Exception {
        Path store = tmp.resolve("store");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Alice met Bob.\n");
        Process holder = startHolder(store);
        try {
            awaitOpen(holder);
            for (String[] args : List.of(new String[]{"ingest", "--store", store.toString(), in.toString()},
                    new String[]{"stats", "--store", store.toString()})) {
                CliRun r = CliRun.of(UnaryOperator.identity(), args);
                assertEquals(Errors.FAILURE, r.status(), r.toString());
                assertEquals(List.of("newskg: store " + store + " is in use by another process (pid " + holder.pid() + ")"),
                        r.err().lines().toList(), r.toString());
            }
        } finally {
            holder.destroy();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(Errors.OK, CliRun.of(UnaryOperator.identity(), "stats", "--store", store.toString()).status());
    }

    private static Process startHolder(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), dir.toString(), "120000");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    private static void awaitOpen(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertTrue(line != null && line.startsWith("open "), "child did not open the store: " + line);
    }
}
