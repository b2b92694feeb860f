package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Document;

class WalkTest {

    @TempDir
    Path dir;

    @Test
    void foldersAreWalkedRecursivelyInSortedOrderSkippingHiddenItems() throws IOException {
        write("b.txt", "B.");
        write("a/z.md", "AZ.");
        write("a/c.txt", "AC.");
        write("c/d/e.txt", "CDE.");
        write(".hidden.txt", "hidden");
        write(".git/config.txt", "hidden folder");
        write("notes.pdf", "%PDF");
        write("empty.txt", "");
        Results r = Results.read(dir);
        assertEquals(List.of("AC.", "AZ.", "B.", "CDE."), r.documents().stream().map(Document::text).toList());
        assertEquals(List.of(dir.resolve("empty.txt").toString(), dir.resolve("notes.pdf").toString()),
                r.problems().stream().map(Input.Problem::location).toList());
        assertEquals(6, r.all.size());
    }

    @Test
    void pathsAreReadInTheOrderGivenAndTheWalkGoesOnAfterProblems() throws IOException {
        Path second = write("2.txt", "Second.");
        Path first = write("1.txt", "First.");
        Results r = Results.read(second, dir.resolve("missing"), first);
        assertEquals(3, r.all.size());
        assertEquals("Second.", ((Input.Read) r.all.get(0)).document().text());
        assertTrue(r.all.get(1) instanceof Input.Problem);
        assertEquals("First.", ((Input.Read) r.all.get(2)).document().text());
    }

    @Test
    void aFolderLinkLoopIsReportedNotFollowedForever() throws IOException {
        write("sub/a.txt", "A.");
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
        Results r = Results.read(dir);
        assertEquals(1, r.documents().size());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).skipped());
    }

    @Test
    void exceptionsFromTheSinkPassThrough() throws IOException {
        Path f = write("a.jsonl", "{\"text\": \"x\"}\n");
        IllegalStateException stop = new IllegalStateException("stop");
        DocumentSource source = new DocumentSource(100, null);
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> source.read(List.of(f), input -> {
                    throw stop;
                }));
        assertSame(stop, thrown);
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text, StandardCharsets.UTF_8);
    }
}
