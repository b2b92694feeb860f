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
 * {@code dev2/}, {@code news-dev/}) once into its own fresh TDB2 store with the real models,
 * exports N-Quads and scores them with the project's scorer ({@code ../shared/acceptance/score.py}).
 * Each corpus is checked on the {@code tier 1} figures, on {@code tier 2} where its gold has
 * them, and on entity identity (no node naming two gold entities; fragments at most 3% of the
 * gold entities, issue 13's target, on dev and news-dev, and at the level reached on dev2). The floors are the issues'
 * targets where they are met; where they are not yet they sit a small margin under the level
 * reached, so that a regression turns CI red (see the README's score table).
 */
@ExtendWith(SharedPipeline.class)
class AcceptanceScoreTest {

    private static final Path ACCEPTANCE = Path.of("../shared/acceptance");

    /** Floors on one tier line of the scorer: F1, precision, dates, evidence, attribution (ratios). */
    private record Floor(double f1, double precision, double dates, double evidence, double attribution) {
    }

    @Test
    void seedArticle(CoreNlpAnnotator nlp, @TempDir Path dir) throws Exception {
        JsonNode s = score(nlp, dir, List.of(Path.of("data/seed-article.txt")), ACCEPTANCE.resolve("seed-gold.json"));
        tier("seed", s, "1", new Floor(0.90, 0.90, 0.85, 0.85, 1.0));
        common("seed", s, 0.90, Integer.MAX_VALUE);
    }

    @Test
    void developmentSet(CoreNlpAnnotator nlp, @TempDir Path dir) throws Exception {
        JsonNode s = corpus(nlp, dir, "dev");
        tier("dev", s, "1", new Floor(F1_DEV, 0.88, DATES_DEV, EVIDENCE_DEV, 0.60));
        common("dev", s, 0.80, Math.min(threePercent(s), FRAGMENTS_DEV));
    }

    @Test
    void secondDevelopmentSet(CoreNlpAnnotator nlp, @TempDir Path dir) throws Exception {
        JsonNode s = corpus(nlp, dir, "dev2");
        tier("dev2", s, "1", new Floor(F1_DEV2, 0.80, DATES_DEV2, EVIDENCE_DEV2, ATTRIBUTION_DEV2));
        tier("dev2", s, "2", new Floor(F1_DEV2_T2, 0.95, DATES_DEV2_T2, EVIDENCE_DEV2_T2, 0.0));
        common("dev2", s, QUOTES_DEV2, Math.min(threePercent(s), FRAGMENTS_DEV2));
    }

    @Test
    void newsDevelopmentSet(CoreNlpAnnotator nlp, @TempDir Path dir) throws Exception {
        JsonNode s = corpus(nlp, dir, "news-dev");
        tier("news-dev", s, "1", new Floor(F1_NEWS, P_NEWS, DATES_NEWS, EVIDENCE_NEWS, ATTRIBUTION_NEWS));
        tier("news-dev", s, "2", new Floor(F1_NEWS_T2, 0.88, DATES_NEWS_T2, EVIDENCE_NEWS_T2, 0.0));
        common("news-dev", s, QUOTES_NEWS, Math.min(threePercent(s), FRAGMENTS_NEWS));
    }

    // Each floor sits a small margin under the level reached, and never below the target
    // where the target is met (then it is the target when the margin would go under it).
    // Targets, tier 1: dev F1 .80, P .85, dates and evidence 75%; dev2 and news-dev F1 .75, P .80,
    // dates and evidence 70%, attribution 60%, quotes 80%. Tier 2: F1 .60, P .80, dates and
    // evidence 60%. Reached (session 5, all branches merged, main after the extract split, fresh
    // stores): dev F1 .83 P .95, dates 34/43, evidence 57/75, attribution 4/5, quotes 17/20; dev2
    // tier 1 F1 .84 P .95, dates 54/72, evidence 96/134, attribution 3/4, quotes 28/35, tier 2 F1 .81 P 1.00, dates 19/29,
    // evidence 35/52; news-dev tier 1 F1 .82 P .93, dates 10/14, evidence 51/71, attribution 3/5,
    // quotes 50/56, tier 2 F1 .79 P .92, dates 18/30, evidence 43/62. Where the target is met with
    // no margin to spare (dev2 quotes 28/35, news-dev attribution 3/5, dev2 attribution 3/4, tier-2 dates 18/30 and
    // 19/29 at .60), losing one row turns this red. The README's score table has the same figures.
    private static final double F1_DEV = 0.81;
    private static final double DATES_DEV = 0.75;
    private static final double EVIDENCE_DEV = 0.75;
    private static final double F1_DEV2 = 0.81;
    private static final double DATES_DEV2 = 0.70;
    private static final double EVIDENCE_DEV2 = 0.70;
    private static final double ATTRIBUTION_DEV2 = 0.60;
    private static final double QUOTES_DEV2 = 0.80;
    private static final double F1_DEV2_T2 = 0.78;
    private static final double DATES_DEV2_T2 = 0.60;
    private static final double EVIDENCE_DEV2_T2 = 0.64;
    private static final double F1_NEWS = 0.79;
    private static final double P_NEWS = 0.88;
    private static final double DATES_NEWS = 0.70;
    private static final double EVIDENCE_NEWS = 0.70;
    private static final double ATTRIBUTION_NEWS = 0.60;
    private static final double QUOTES_NEWS = 0.85;
    // fragments reached (issue 13's ceiling is 3% of the gold entities: 2, 4 and 7)
    private static final int FRAGMENTS_DEV = 1;
    private static final int FRAGMENTS_DEV2 = 3;
    private static final int FRAGMENTS_NEWS = 4;
    private static final double F1_NEWS_T2 = 0.76;
    private static final double DATES_NEWS_T2 = 0.60;
    private static final double EVIDENCE_NEWS_T2 = 0.66;

    private static JsonNode corpus(CoreNlpAnnotator nlp, Path dir, String name) throws Exception {
        Path texts = ACCEPTANCE.resolve(name).resolve("texts");
        Required.that(Files.isDirectory(texts), name + " not present: " + texts.toAbsolutePath());
        return score(nlp, dir, List.of(texts), ACCEPTANCE.resolve(name).resolve("gold.json"));
    }

    private static void tier(String corpus, JsonNode s, String tier, Floor floor) {
        JsonNode t = s.get("by_tier").get(tier);
        String line = corpus + " tier " + tier + ": " + t;
        assertTrue(t != null, corpus + " has no tier " + tier + " line");
        assertTrue(t.get("f1").asDouble() >= floor.f1(), "F1 below " + floor.f1() + ": " + line);
        assertTrue(t.get("precision").asDouble() >= floor.precision(), "precision below " + floor.precision() + ": " + line);
        assertTrue(ratio(t, "dates") >= floor.dates(), "dates below " + floor.dates() + ": " + line);
        assertTrue(ratio(t, "evidence") >= floor.evidence(), "evidence below " + floor.evidence() + ": " + line);
        assertTrue(ratio(t, "attribution") >= floor.attribution(), "attribution below " + floor.attribution() + ": " + line);
    }

    /** Quotes, must-not facts and entity identity: figures of the whole corpus, not of a tier. */
    private static void common(String corpus, JsonNode s, double quotes, int maxFragments) {
        String line = corpus + ": quotes " + s.get("quotes") + ", entities " + s.get("entities") + ", fragments "
                + s.get("fragmented_extra_nodes") + ", merged " + s.get("merged_nodes");
        assertTrue(ratio(s, "quotes") >= quotes, "quotes below " + quotes + ": " + line);
        assertEquals(0, s.get("must_not_violations").asInt(), "must_not: " + line);
        assertEquals(0, s.get("merged_nodes").size(), "a node names two gold entities: " + line);
        assertTrue(s.get("fragmented_extra_nodes").asInt() <= maxFragments, "more than " + maxFragments
                + " fragments: " + line);
    }

    /** Issue 13's ceiling: extra nodes at most 3% of the gold entities. */
    private static int threePercent(JsonNode s) {
        return (int) Math.floor(0.03 * Integer.parseInt(s.get("entities").asText().split("/")[1]));
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
