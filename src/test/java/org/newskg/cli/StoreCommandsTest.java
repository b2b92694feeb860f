package org.newskg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKg;
import org.newskg.model.Document;
import org.newskg.model.ParsedDocument;
import org.newskg.nlp.Annotator;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commands that read a store refuse a folder without one (and create nothing); an Error
 * such as OutOfMemoryError is one line and exit 1; compact and stats report the size on disk.
 * Real command line, real TDB2; the annotator is a fake (no CoreNLP).
 */
class StoreCommandsTest {

    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {
    }

    private static Run run(UnaryOperator<NewsKg.Builder> setup, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(setup, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void readersRefuseAFolderWithoutAStoreAndCreateNothing() {
        Path missing = tmp.resolve("no-such-folder");
        List<List<String>> readers = List.of(List.of("query", "ASK {}"), List.of("export", "--format", "nq"),
                List.of("docs"), List.of("stats"), List.of("validate"), List.of("compact"));
        for (List<String> reader : readers) {
            String[] args = java.util.stream.Stream.concat(reader.stream(), java.util.stream.Stream.of("--store",
                    missing.toString())).toArray(String[]::new);
            Run r = run(b -> b, args);
            assertEquals(1, r.status(), reader + ": " + r.err());
            assertEquals("newskg: no NewsKG store at " + missing + " (create one with newskg ingest)",
                    r.err().strip(), reader.toString());
            assertFalse(Files.exists(missing), reader + " created " + missing);
        }
    }

    @Test
    void anOutOfMemoryErrorIsOneLineAndExit1() throws Exception {
        Path text = Files.writeString(tmp.resolve("a.txt"), "Some text.\n");
        Annotator oom = new Annotator() {
            @Override
            public ParsedDocument annotate(Document doc) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        Run r = run(b -> b.annotator(oom), "ingest", "--store", tmp.resolve("s").toString(), text.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("newskg: out of memory") && r.err().contains("NEWSKG_HEAP"), r.err());
    }

    @Test
    void compactAndStatsShowTheSizeOnDisk() throws Exception {
        Path store = tmp.resolve("s");
        Path text = Files.writeString(tmp.resolve("a.txt"), "Some text.\n");
        Annotator fake = new org.newskg.ingest.TestAnnotators().reliable();
        Run ingest = run(b -> b.annotator(fake), "ingest", "--quiet", "--store", store.toString(), text.toString());
        assertEquals(0, ingest.status(), ingest.err());
        Run compact = run(b -> b, "compact", "--store", store.toString());
        assertEquals(0, compact.status(), compact.err());
        assertTrue(compact.out().matches("(?s)compacted .* -> .* on disk\\s*"), compact.out());
        Run stats = run(b -> b, "stats", "--store", store.toString());
        assertTrue(stats.out().contains("documents    1"), stats.out());
        assertTrue(stats.out().matches("(?s).*on disk +[0-9.]+ [kMG]B.*"), stats.out());
        assertTrue(stats.out().contains("quarantined  0"), stats.out());
    }
}
