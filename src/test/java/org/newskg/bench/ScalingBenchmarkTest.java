package org.newskg.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.ParseFixtures;
import org.newskg.model.ParsedDocument;
import org.newskg.model.Sentence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scaling benchmark's parts on the committed parse fixtures (no CoreNLP): concatenation keeps
 * every offset pointing at the same words, and a small run measures every point. It checks that
 * the benchmark measures, not how fast anything is (that is the benchmark's job).
 */
@Tag("fast")
class ScalingBenchmarkTest {

    private static List<ParsedDocument> fixtures() throws Exception {
        try (Stream<Path> s = Files.list(ParseFixtures.DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted()
                    .map(n -> n.substring(0, n.length() - 4)).filter(n -> !n.equals("impossible-date"))
                    .map(ParseFixtures::parsed).toList();
        }
    }

    @Test
    void concatenationKeepsEveryOffsetOnItsWords() throws Exception {
        List<ParsedDocument> parts = fixtures();
        ParsedDocument joined = ConcatenatedParse.of(parts, 2 * parts.stream().mapToInt(ParsedDocument::tokenCount).sum(), "joined");
        assertEquals(2 * parts.stream().mapToInt(p -> p.sentences().size()).sum(), joined.sentences().size());
        int i = 0;
        for (int round = 0; round < 2; round++) {
            for (ParsedDocument p : parts) {
                for (Sentence s : p.sentences()) {
                    Sentence j = joined.sentences().get(i);
                    assertEquals(i, j.index());
                    assertEquals(p.document().slice(s.begin(), s.end()), joined.document().slice(j.begin(), j.end()));
                    i++;
                }
            }
        }
        joined.entities().forEach(e -> assertTrue(joined.sentences().get(e.sentence()).tokens().size() >= e.endToken(), e.toString()));
        joined.quotes().forEach(q -> assertEquals(q.text().strip(), joined.document().slice(q.begin(), q.end()).strip()
                .replaceAll("^[\"“]|[\"”]$", "").strip(), q.toString()));
        assertEquals(joined.chains().size(), joined.chains().stream().map(c -> c.id()).distinct().count(), "chain ids stay unique");
    }

    @Test
    void aboutCutsAtTheSentenceThatReachesTheLength() throws Exception {
        ParsedDocument d = ConcatenatedParse.about(fixtures(), 500, "about");
        int last = d.sentences().get(d.sentences().size() - 1).tokens().size();
        assertTrue(d.tokenCount() >= 500 && d.tokenCount() - last < 500, d.tokenCount() + " tokens");
    }

    @Test
    void aSmallRunMeasuresEveryPoint(@TempDir Path tmp) throws Exception {
        List<ParsedDocument> some = fixtures().subList(0, 6);
        ScalingReport r = new ScalingBenchmark(60, List.of(200, 800), List.of(5, 500)).run(some, tmp);
        assertEquals(2, r.extraction().size());
        r.extraction().forEach(p -> assertTrue(p.runs() >= 3 && p.medianMs() > 0, p.toString()));
        assertEquals(List.of(5, 500), r.store().stream().map(ScalingReport.StorePoint::storedDocuments).toList());
        r.store().forEach(p -> assertTrue(p.documents() == some.size() && p.medianMs() > 0, p.toString()));
        assertTrue(Double.isFinite(r.extractionRatio()) && Double.isFinite(r.storeRatio()), r.toTable());
        assertTrue(r.toTable().contains("ms/1,000 tokens"), r.toTable());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(0, left.count(), "temporary stores are deleted");
        }
    }
}
