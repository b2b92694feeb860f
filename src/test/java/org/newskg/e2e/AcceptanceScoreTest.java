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
 * Regression guard on extraction quality: ingests each corpus (the seed article, {@code dev/},
 * {@code dev2/}, {@code news-dev/}) into its own fresh TDB2 store with the real models, exports
 * N-Quads and scores them with the project's scorer ({@code ../shared/acceptance/score.py}),
 * reading its {@code tier 1} figures. Each corpus fails below its floor. The floors are the
 * extraction issue's targets where they are met; where they are not yet (recall on the cold
 * sets) they sit a small margin under the level reached, so that a regression turns CI red
 * (see the README's score table).
 */
@ExtendWith(SharedPipeline.class)
class AcceptanceScoreTest {

    private static final Path ACCEPTANCE = Path.of("../shared/acceptance");

    /** Floors on the tier-1 line: F1, precision, dates, evidence, attribution, quotes (ratios). */
    private record Floor(double f1, double precision, double dates, double evidence, double attribution,
                         double quotes) {
    }

    @Test
    void seedArticle(CoreNlpAnnotator nlp, @TempDir Path dir) throws Exception {
        JsonNode s = score(nlp, dir, List.of(Path.of("data/seed-article.txt")), ACCEPTANCE.resolve("seed-gold.json"));
        check("seed", s, new Floor(0.90, 0.90, 0.85, 0.85, 1.0, 0.90));
    }

    @Test
    void developmentSet(CoreNlpAnnotator nlp, @TempDir Path dir) throws Exception {
        check("dev", corpus(nlp, dir, "dev"), new Floor(F1_DEV, 0.85, DATES_DEV, EVIDENCE_DEV, 0.60, 0.75));
    }

    @Test
    void secondDevelopmentSet(CoreNlpAnnotator nlp, @TempDir Path dir) throws Exception {
        check("dev2", corpus(nlp, dir, "dev2"),
                new Floor(F1_DEV2, P_DEV2, DATES_DEV2, EVIDENCE_DEV2, ATTRIBUTION_DEV2, QUOTES_DEV2));
    }

    @Test
    void newsDevelopmentSet(CoreNlpAnnotator nlp, @TempDir Path dir) throws Exception {
        check("news-dev", corpus(nlp, dir, "news-dev"),
                new Floor(F1_NEWS, P_NEWS, DATES_NEWS, EVIDENCE_NEWS, ATTRIBUTION_NEWS, QUOTES_NEWS));
    }

    // Floors a small margin under the level reached where the targets are not met yet
    // (reached, tier 1: dev F1 .74, dates 31/43, evidence 52/75; dev2 P .89 F1 .66, dates 38/72,
    // evidence 64/134, attribution 2/4, quotes 22/35; news-dev P .81 F1 .59, dates 8/14,
    // evidence 31/71, attribution 2/5, quotes 43/56. Targets: dev F1 .80, dates and evidence 75%;
    // dev2 and news-dev F1 .75, P .80, dates and evidence 70%, attribution 60%, quotes 80%).
    private static final double F1_DEV = 0.71;
    private static final double DATES_DEV = 0.70;
    private static final double EVIDENCE_DEV = 0.68;
    private static final double F1_DEV2 = 0.62;
    private static final double P_DEV2 = 0.85;
    private static final double DATES_DEV2 = 0.47;
    private static final double EVIDENCE_DEV2 = 0.44;
    private static final double ATTRIBUTION_DEV2 = 0.45;
    private static final double QUOTES_DEV2 = 0.55;
    private static final double F1_NEWS = 0.55;
    private static final double P_NEWS = 0.78;
    private static final double DATES_NEWS = 0.45;
    private static final double EVIDENCE_NEWS = 0.40;
    private static final double ATTRIBUTION_NEWS = 0.35;
    private static final double QUOTES_NEWS = 0.70;

    private static JsonNode corpus(CoreNlpAnnotator nlp, Path dir, String name) throws Exception {
        Path texts = ACCEPTANCE.resolve(name).resolve("texts");
        Required.that(Files.isDirectory(texts), name + " not present: " + texts.toAbsolutePath());
        return score(nlp, dir, List.of(texts), ACCEPTANCE.resolve(name).resolve("gold.json"));
    }

    private static void check(String corpus, JsonNode s, Floor floor) {
        JsonNode t1 = s.get("by_tier").get("1");
        String line = corpus + " tier 1: " + t1 + "; quotes " + s.get("quotes");
        assertTrue(t1.get("f1").asDouble() >= floor.f1(), "F1 below " + floor.f1() + ": " + line);
        assertTrue(t1.get("precision").asDouble() >= floor.precision(), "precision below " + floor.precision() + ": " + line);
        assertTrue(ratio(t1, "dates") >= floor.dates(), "dates below " + floor.dates() + ": " + line);
        assertTrue(ratio(t1, "evidence") >= floor.evidence(), "evidence below " + floor.evidence() + ": " + line);
        assertTrue(ratio(t1, "attribution") >= floor.attribution(), "attribution below " + floor.attribution() + ": " + line);
        assertTrue(ratio(s, "quotes") >= floor.quotes(), "quotes below " + floor.quotes() + ": " + line);
        assertEquals(0, s.get("must_not_violations").asInt(), "must_not: " + line);
    }

    /*
     * Tier 2 (the thirty relations of ordinary news). The targets are F1 >= .60 and
     * P >= .80 with dates and evidence >= 60%; these thresholds are what the tier-2 extractor
     * measured when it landed (dev2 F1 .41 P .69; news-dev F1 .38 P .70), raised to just below
     * what branch tier2b reached merged with main (dev2 F1 .69 P .97 evidence 25/52; news-dev
     * F1 .49 P .90 evidence 20/62), a floor that must not fall, to be raised toward the targets.
     */
    @Test
    void tierTwoOnDev2(CoreNlpAnnotator nlp, @TempDir Path dir) throws Exception {
        tierTwo(nlp, dir, "dev2", 0.64, 0.90, 0.42);
    }

    @Test
    void tierTwoOnNewsDev(CoreNlpAnnotator nlp, @TempDir Path dir) throws Exception {
        tierTwo(nlp, dir, "news-dev", 0.45, 0.84, 0.29);
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
}
