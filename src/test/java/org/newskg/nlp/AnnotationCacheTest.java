package org.newskg.nlp;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Dependency;
import org.newskg.model.Document;
import org.newskg.model.NerMention;
import org.newskg.model.ParsedDocument;
import org.newskg.model.Sentence;
import org.newskg.model.Token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annotation cache on disk, without CoreNLP: a small hand-built annotation is written and read
 * back under different CoreNLP and model versions.
 */
@Tag("fast")
class AnnotationCacheTest {

    private static final Document DOC = new Document("Ann met Bob.", null, LocalDate.of(2020, 1, 2), "a.txt");

    private static ParsedDocument parsed() {
        List<Token> tokens = List.of(new Token(0, "Ann", "Ann", "NNP", "PERSON", 0, 3),
                new Token(1, "met", "meet", "VBD", "O", 4, 7), new Token(2, "Bob", "Bob", "NNP", "PERSON", 8, 11),
                new Token(3, ".", ".", ".", "O", 11, 12));
        List<Dependency> deps = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "obj"), new Dependency(1, 3, "punct"));
        return new ParsedDocument(DOC, List.of(new Sentence(0, 0, 12, tokens, deps)),
                List.of(new NerMention(0, 0, 1, "Ann", "PERSON"), new NerMention(0, 2, 3, "Bob", "PERSON")),
                List.of(), List.of(), List.of());
    }

    @Test
    void anEntryIsReadBackWhole(@TempDir Path dir) {
        List<String> warnings = new ArrayList<>();
        AnnotationCache cache = new AnnotationCache(dir, "4.5.10", "models-a.jar:1", warnings::add);
        cache.put(parsed());
        ParsedDocument back = cache.get(DOC).orElseThrow();
        assertEquals(parsed(), back);
        assertEquals(List.of(), warnings);
    }

    @Test
    void anotherCoreNlpOrModelsVersionIsAMiss(@TempDir Path dir) {
        new AnnotationCache(dir, "4.5.10", "models-a.jar:1", w -> { }).put(parsed());
        List<String> warnings = new ArrayList<>();
        assertTrue(new AnnotationCache(dir, "4.5.9", "models-a.jar:1", warnings::add).get(DOC).isEmpty(),
                "an entry made by another CoreNLP must not be reused");
        assertTrue(new AnnotationCache(dir, "4.5.10", "models-b.jar:1", warnings::add).get(DOC).isEmpty(),
                "an entry made with other models must not be reused");
        assertEquals(List.of(), warnings, "a miss is not a read error");
    }

    @Test
    void theKeyOnThisClassPathNamesCoreNlpAndItsModels() {
        assertEquals("4.5.10", NlpVersions.corenlp());
        assertTrue(NlpVersions.models().startsWith("stanford-corenlp-4.5.10-models.jar:"), NlpVersions.models());
    }

    @Test
    void aDamagedEntryIsReportedOnceAndAnnotatedAgain(@TempDir Path dir) throws IOException {
        List<String> warnings = new ArrayList<>();
        AnnotationCache cache = new AnnotationCache(dir, "4.5.10", "models-a.jar:1", warnings::add);
        cache.put(parsed());
        Path entry;
        try (Stream<Path> s = Files.list(dir)) {
            entry = s.filter(p -> p.toString().endsWith(".json.gz")).findFirst().orElseThrow();
        }
        Files.writeString(entry, "not gzip");
        assertTrue(cache.get(DOC).isEmpty());
        assertEquals(1, warnings.size(), warnings.toString());
        String w = warnings.get(0);
        assertTrue(w.contains(entry.toString()) && w.contains("a.txt") && !w.contains("\n"), w);
        cache.put(parsed());
        assertEquals(parsed(), cache.get(DOC).orElseThrow(), "the rewritten entry is read");
        assertEquals(1, warnings.size());
    }

    /**
     * The key is stable: a change to how the pipeline is run (not what it is) must not turn every
     * existing cache entry into a miss. The names are those of the entries made by this pipeline
     * before and after the versions joined the key; change them only when the annotations change.
     */
    @Test
    void theKeyOfAnEntryDoesNotChangeByAccident(@TempDir Path dir) {
        assertEquals(PINNED_UNVERSIONED, AnnotationCache.unversionedFileName(DOC));
        assertEquals(PINNED, new AnnotationCache(dir, "4.5.10", "stanford-corenlp-4.5.10-models.jar:1", w -> { }).fileName(DOC));
    }

    @Test
    void anEntryMadeBeforeTheVersionsJoinedTheKeyIsReadAndMoved(@TempDir Path dir) throws IOException {
        AnnotationCache versioned = new AnnotationCache(dir, "4.5.10", "stanford-corenlp-4.5.10-models.jar:1", w -> { });
        versioned.put(parsed());
        Files.move(dir.resolve(versioned.fileName(DOC)), dir.resolve(AnnotationCache.unversionedFileName(DOC)));
        assertEquals(parsed(), versioned.get(DOC).orElseThrow());
        assertTrue(Files.isRegularFile(dir.resolve(versioned.fileName(DOC))), "moved to the versioned key");
        AnnotationCache other = new AnnotationCache(dir.resolve("other"), "4.6.0", "stanford-corenlp-4.6.0-models.jar:1", w -> { });
        Files.createDirectories(dir.resolve("other"));
        Files.copy(dir.resolve(AnnotationCache.unversionedFileName(DOC)), dir.resolve("other").resolve(AnnotationCache.unversionedFileName(DOC)));
        assertTrue(other.get(DOC).isEmpty(), "another CoreNLP does not read the old entries");
    }

    private static final String PINNED_UNVERSIONED = "7aa5b763b276504359158bdf4fd60d3f.json.gz";
    private static final String PINNED = "8db40de338762b1481b409f83948b6a9.json.gz";
}
