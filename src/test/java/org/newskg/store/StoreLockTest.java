package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store opened by another process is refused with one clear line. */
class StoreLockTest {

    @TempDir
    Path tmp;

    @Test
    void storeHeldByAnotherProcessIsInUse() throws Exception {
        Process child = startHolder(tmp);
        try {
            awaitOpen(child);
            StoreException e = assertThrows(StoreException.class, () -> KgStore.open(tmp));
            assertEquals("store " + tmp + " is in use by another process (pid " + child.pid() + ")",
                    e.getMessage());
        } finally {
            child.destroy();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        try (KgStore store = KgStore.open(tmp)) {
            assertEquals(0, store.stats().documents());
        }
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
