package org.newskg.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ingest --lexicon FILE} with a typo: one line naming the file and line, exit 2, before any
 * document is read and before the models load (no CoreNLP here), and no store is created.
 */
@Tag("fast")
class LexiconOptionTest {

    @Test
    void aTypoInTheLexiconStopsTheRunAtLoadWithOneLine(@TempDir Path tmp) throws IOException {
        Path lex = tmp.resolve("my-lexicon.tsv");
        Files.writeString(lex, "kind\ttrigger\tproperty\troles\nverb\tmeet\tmet\tobject=obj\nverb\tping\tmesaged\tobject=obj\n");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Helen Marsh met Victor Lang.\n");
        Files.writeString(in.resolve("b.txt"), "Victor Lang met Helen Marsh.\n");
        Path store = tmp.resolve("store");
        CliRun r = CliRun.of(UnaryOperator.identity(), "ingest", "--lexicon", lex.toString(), "--store", store.toString(),
                in.toString());
        assertEquals(2, r.status(), r.toString());
        assertEquals(1, r.err().lines().count(), r.toString());
        assertTrue(r.err().startsWith("newskg: " + lex + ":3: unknown relation property 'mesaged'"), r.toString());
        assertTrue(r.noStackTrace(), r.toString());
        assertFalse(Files.exists(store), "nothing is stored: " + r);
    }
}
