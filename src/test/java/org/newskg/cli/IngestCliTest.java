package org.newskg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKg;
import org.newskg.SharedPipeline;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.store.DocumentInfo;
import org.newskg.store.KgStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code newskg ingest} on bad input, through the real command line and the real models: every bad
 * item gets one line naming it, no stack trace, exit 1, and the good document is stored anyway.
 */
@ExtendWith(SharedPipeline.class)
class IngestCliTest {

    private static final String GOOD = "Alice Smith opened a bakery in Boston on Monday. The shop sells bread.\n";

    @TempDir
    Path tmp;

    private Path folderOfBadInputs() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("a-empty.txt"), new byte[0]);
        Files.write(in.resolve("b-binary.txt"), new byte[]{0x7f, 'E', 'L', 'F', 0, 1, 2, 3, 0, 0, 0});
        Files.write(in.resolve("c-latin1.txt"), "Caf\u00e9 owners in Z\u00fcrich met on Friday.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("d-feed.jsonl"), "{\"text\": \"broken\n");
        Files.writeString(in.resolve("e-notes.xyz"), "not an article format");
        Files.writeString(in.resolve("z-good.txt"), GOOD);
        return in;
    }

    private static UnaryOperator<NewsKg.Builder> with(CoreNlpAnnotator nlp) {
        return b -> b.annotator(nlp);
    }

    private static List<DocumentInfo> documents(Path store) {
        try (KgStore s = KgStore.open(store)) {
            return s.documents();
        }
    }

    private static long linesNaming(String err, String file) {
        return err.lines().filter(l -> l.contains(file)).count();
    }

    @Test
    void eachBadInputGetsOneLineAndTheGoodDocumentIsStored(CoreNlpAnnotator nlp) throws IOException {
        Path in = folderOfBadInputs();
        Path store = tmp.resolve("store");
        CliRun r = CliRun.of(with(nlp), "ingest", "--threads", "1", "--store", store.toString(), in.toString());

        assertEquals(Errors.FAILURE, r.status(), r.toString());
        assertTrue(r.noStackTrace(), r.toString());
        for (String bad : List.of("a-empty.txt", "b-binary.txt", "c-latin1.txt", "d-feed.jsonl:1", "e-notes.xyz")) {
            assertEquals(1, linesNaming(r.err(), bad), bad + " should be named once on stderr\n" + r);
        }
        assertTrue(r.err().contains("a-empty.txt: empty file"), r.toString());
        assertTrue(r.err().contains("b-binary.txt: binary file"), r.toString());
        assertTrue(r.err().contains("warning: " + in.resolve("c-latin1.txt")), r.toString());
        assertTrue(r.err().contains("skipped " + in.resolve("e-notes.xyz")), r.toString());
        assertEquals(0, linesNaming(r.err(), "z-good.txt"), r.toString());

        assertTrue(r.out().contains("failed:"), "the summary lists the failures\n" + r);
        assertTrue(r.out().contains("  " + in.resolve("a-empty.txt") + ": empty file"), r.toString());
        assertTrue(r.out().contains("3 failed"), r.toString());

        List<String> sources = documents(store).stream().map(DocumentInfo::source).toList();
        assertTrue(sources.contains(in.resolve("z-good.txt").toString()), sources.toString());
    }

    @Test
    void strictStopsAtTheFirstProblem(CoreNlpAnnotator nlp) throws IOException {
        Path in = folderOfBadInputs();
        Path store = tmp.resolve("store");
        CliRun r = CliRun.of(with(nlp), "ingest", "--strict", "--store", store.toString(), in.toString());

        assertEquals(Errors.FAILURE, r.status(), r.toString());
        assertTrue(r.noStackTrace(), r.toString());
        assertEquals(List.of("newskg: " + in.resolve("a-empty.txt") + ": empty file (--strict stops at the first problem)"),
                r.err().lines().toList(), r.toString());
        assertEquals(List.of(), documents(store));
    }

    @Test
    void aMissingPathFailsWithOneLine() {
        Path missing = tmp.resolve("no-such-folder");
        CliRun r = CliRun.of(UnaryOperator.identity(), "ingest", "--store", tmp.resolve("store").toString(),
                missing.toString());

        assertEquals(Errors.FAILURE, r.status(), r.toString());
        assertEquals(List.of("newskg: " + missing + ": no such file or folder"), r.err().lines().toList(), r.toString());
    }

    @Test
    void zeroThreadsIsBadUsage() {
        CliRun r = CliRun.of(UnaryOperator.identity(), "ingest", "--threads", "0", "--store",
                tmp.resolve("store").toString(), tmp.toString());

        assertEquals(Errors.USAGE, r.status(), r.toString());
        assertTrue(r.err().startsWith("newskg: --threads must be 1 or more"), r.toString());
        assertTrue(r.noStackTrace(), r.toString());
    }

    @Test
    void aSizeLimitBelowOneIsBadUsageForEveryReadingCommand() throws IOException {
        Path article = Files.writeString(tmp.resolve("a.txt"), GOOD);
        for (String verb : List.of("ingest", "extract")) {
            List<String> args = verb.equals("ingest")
                    ? List.of(verb, "--max-chars", "0", "--store", tmp.resolve("store").toString(), article.toString())
                    : List.of(verb, "--max-chars", "0", article.toString());
            CliRun r = CliRun.of(UnaryOperator.identity(), args.toArray(String[]::new));

            assertEquals(Errors.USAGE, r.status(), verb + ": " + r);
            assertTrue(r.err().startsWith("newskg: --max-chars must be 1 or more, not 0"), verb + ": " + r);
            assertTrue(r.noStackTrace(), verb + ": " + r);
        }
    }

    @Test
    void anUnknownOptionIsBadUsage() {
        CliRun r = CliRun.of(UnaryOperator.identity(), "ingest", "--no-such-option", tmp.toString());

        assertEquals(Errors.USAGE, r.status(), r.toString());
        assertTrue(r.err().startsWith("newskg: Unknown option: '--no-such-option'"), r.toString());
    }
}
