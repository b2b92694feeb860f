package org.newskg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.IngestListener;
import org.newskg.IngestReport;
import org.newskg.NewsKg;
import org.newskg.SharedPipeline;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.query.CannedQueries;
import org.newskg.query.CannedQuery;
import org.newskg.query.SparqlRunner;
import org.newskg.store.KgStore;

/**
 * Every canned query on the real thing: the seed article through the real CoreNLP models into a
 * TDB2 store on disk, each query loaded from the bundled {@code queries/} and bound as the
 * command line binds it, checking the rows a user would look at.
 */
@ExtendWith(SharedPipeline.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CannedQueriesSeedTest {

    private static final Path SEED = Path.of("data/seed-article.txt");
    private static final String TRUMP_JR = "Donald Trump Jr.";

    private CoreNlpAnnotator nlp;
    private Path storeDir;
    private Path cacheDir;
    private Path workDir;
    private String seedText;

    @BeforeAll
    void ingestSeed(CoreNlpAnnotator pipeline, @TempDir Path dir) throws Exception {
        nlp = pipeline;
        workDir = dir;
        storeDir = dir.resolve("store");
        cacheDir = dir.resolve("cache");
        seedText = Files.readString(SEED);
        try (NewsKg kg = NewsKg.builder().store(storeDir).cache(cacheDir).annotator(nlp).threads(1).build()) {
            IngestReport report = kg.ingest(List.of(SEED), IngestListener.NONE);
            assertEquals(1, report.stored(), report.summary());
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Runs a bundled canned query as 'newskg query --canned' does: bind, then SPARQL over the store. */
    private List<QuerySolution> canned(Path store, String name, Map<String, String> params) {
        CannedQuery q = CannedQueries.loadBundled().get(name).orElseThrow();
        String sparql = CannedQueries.bind(q, params).toString();
        try (KgStore kg = KgStore.open(store)) {
            ResultSetRewindable rs = new SparqlRunner().select(kg, sparql);
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        }
    }

    private List<QuerySolution> canned(String name, Map<String, String> params) {
        return canned(storeDir, name, params);
    }

    private static String str(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static int integer(QuerySolution row, String var) {
        return row.getLiteral(var).getInt();
    }

    private static boolean flag(QuerySolution row, String var) {
        return row.contains(var) && row.getLiteral(var).getBoolean();
    }

    /** The text between code-point offsets, as NIF counts them. */
    private String span(String text, int begin, int end) {
        int from = text.offsetByCodePoints(0, begin);
        int to = text.offsetByCodePoints(from, end - begin);
        return text.substring(from, to);
    }

    private static String show(List<QuerySolution> rows) {
        return rows.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    // ------------------------------------------------------------------ the queries

    @Test
    void evidenceMatchesLabelsInAnyCaseAndAlternativeLabelsAndGivesBackTheSentence() {
        List<QuerySolution> rows = canned("evidence",
                Map.of("subject", "wikileaks", "predicate", "solicited", "object", "Trump Jr."));
        QuerySolution row = rows.stream().filter(r -> str(r, "sentence").contains("eldest son")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'eldest son' sentence in\n" + show(rows)));
        assertEquals(str(row, "sentence"), span(seedText, integer(row, "begin"), integer(row, "end")),
                "the offsets give back the sentence from the original text");
        assertTrue(row.getResource("document").getURI().startsWith("https://w3id.org/newskg/doc/"), show(rows));
        assertTrue(row.get("run").isURIResource(), "the statement names its run: " + row);
        assertEquals(SEED.toString(), str(row, "source"));
        assertFalse(flag(row, "negated"), row.toString());
    }

    @Test
    void timelineIsInDateOrderAndHoldsTheTwelfthOfOctober() {
        List<QuerySolution> rows = canned("timeline", Map.of());
        assertFalse(rows.isEmpty());
        List<String> dates = rows.stream().map(r -> str(r, "date")).toList();
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(dates.get(i - 1).compareTo(dates.get(i)) <= 0, "out of order: " + dates);
        }
        assertTrue(dates.contains("2016-10-12"), dates.toString());
        assertTrue(rows.stream().anyMatch(r -> str(r, "date").equals("2016-10-12")
                && str(r, "predicate").equals("messaged") && str(r, "objectLabel").equals(TRUMP_JR)), show(rows));
    }

    @Test
    void timelineOfOneEntityOnlyHoldsItsFacts() {
        List<QuerySolution> rows = canned("timeline", Map.of("entity", TRUMP_JR));
        assertFalse(rows.isEmpty());
        for (QuerySolution r : rows) {
            assertTrue(str(r, "subjectLabel").equals(TRUMP_JR) || str(r, "objectLabel").equals(TRUMP_JR),
                    "not about him: " + r);
        }
        assertTrue(rows.size() < canned("timeline", Map.of()).size(), "the filter leaves facts out");
    }

    @Test
    void quotesOfASpeakerNamedBySurname() {
        List<QuerySolution> rows = canned("quotes", Map.of("speaker", "Pence"));
        assertTrue(rows.stream().anyMatch(r -> str(r, "text").contains("Nothing could be further from the truth")),
                show(rows));
        assertTrue(rows.stream().allMatch(r -> str(r, "speakerLabel").equals("Mike Pence")), show(rows));
    }

    @Test
    void quotesWithoutSpeakerListThemAll() {
        List<QuerySolution> rows = canned("quotes", Map.of());
        assertTrue(rows.size() >= 9, show(rows));
        Set<String> speakers = rows.stream().map(r -> str(r, "speakerLabel")).collect(Collectors.toSet());
        assertTrue(speakers.containsAll(Set.of("Mike Pence", "Donald Trump", TRUMP_JR)), speakers.toString());
    }

    @Test
    void attributedClaimsNameWhoseClaimItIs() {
        List<QuerySolution> rows = canned("attributed-claims", Map.of());
        assertTrue(rows.stream().anyMatch(r -> str(r, "claimant").equals("U.S. intelligence")
                && str(r, "subjectLabel").equals("Russian hackers") && str(r, "predicate").equals("stole")
                && str(r, "sentence").contains("maintains")), show(rows));
        List<QuerySolution> bySource = canned("attributed-claims", Map.of("source", "u.s. intelligence"));
        assertFalse(bySource.isEmpty());
        assertTrue(bySource.stream().allMatch(r -> str(r, "claimant").equals("U.S. intelligence")), show(bySource));
    }

    @Test
    void denialsGiveTheDenierAndWhatWasDenied() {
        List<QuerySolution> rows = canned("denials", Map.of());
        assertTrue(rows.stream().anyMatch(r -> str(r, "denier").equals("Mike Pence")
                && str(r, "theme").contains("cahoots")), show(rows));
        assertFalse(canned("denials", Map.of("entity", "Mike Pence")).isEmpty());
    }

    @Test
    void entityHasFactsInBothDirections() {
        List<QuerySolution> rows = canned("entity", Map.of("name", "WikiLeaks"));
        Set<String> directions = rows.stream().map(r -> str(r, "direction")).collect(Collectors.toSet());
        assertEquals(Set.of("outgoing", "incoming"), directions, show(rows));
        assertTrue(rows.stream().allMatch(r -> integer(r, "documents") >= 1), show(rows));
        assertTrue(rows.stream().anyMatch(r -> str(r, "direction").equals("outgoing")
                && str(r, "predicate").equals("solicited") && str(r, "otherLabel").equals(TRUMP_JR)), show(rows));
        assertTrue(rows.stream().anyMatch(r -> str(r, "direction").equals("incoming")
                && str(r, "predicate").equals("founderOf") && str(r, "otherLabel").equals("Julian Assange")),
                show(rows));
    }

    @Test
    void corroborationNeedsASecondDocument(@TempDir Path second) throws Exception {
        assertFalse(canned("corroborated", Map.of("min", "1")).isEmpty());
        assertTrue(canned("corroborated", Map.of("min", "2")).isEmpty(), "one document corroborates nothing");
        assertTrue(canned("corroborated", Map.of()).isEmpty(), "the default is 2");

        // another outlet runs the same story with one more sentence: a second document
        Path copy = second.resolve("seed-republished.txt");
        Files.writeString(copy, seedText.stripTrailing() + "\n\nThis story was first published by Gawker.\n");
        Path twoDocs = second.resolve("store");
        try (NewsKg kg = NewsKg.builder().store(twoDocs).cache(cacheDir).annotator(nlp).threads(1).build()) {
            IngestReport report = kg.ingest(List.of(SEED, copy), IngestListener.NONE);
            assertEquals(2, report.stored(), report.summary());
        }
        List<QuerySolution> rows = canned(twoDocs, "corroborated", Map.of("min", "2"));
        assertTrue(rows.stream().allMatch(r -> integer(r, "documents") == 2), show(rows));
        assertTrue(rows.stream().anyMatch(r -> str(r, "subjectLabel").equalsIgnoreCase("wikileaks")
                && str(r, "predicate").equals("solicited") && str(r, "objectLabel").equals(TRUMP_JR)), show(rows));
        assertTrue(rows.stream().anyMatch(r -> str(r, "subjectLabel").equals("Julian Assange")
                && str(r, "predicate").equals("founderOf")), show(rows));
        assertTrue(canned(twoDocs, "corroborated", Map.of("min", "3")).isEmpty());
        assertEquals(2, canned(twoDocs, "documents", Map.of()).size());
    }

    @Test
    void mentionsGiveSurfaceFormsWithOffsetsIntoTheText() {
        List<QuerySolution> rows = canned("mentions", Map.of("name", "Trump Jr."));
        Set<String> surfaces = rows.stream().map(r -> str(r, "surface")).collect(Collectors.toSet());
        assertTrue(surfaces.containsAll(Set.of("Trump Jr.", "Junior")), surfaces.toString());
        for (QuerySolution r : rows) {
            assertEquals(TRUMP_JR, str(r, "entityLabel"));
            assertEquals(str(r, "surface"), span(seedText, integer(r, "begin"), integer(r, "end")), r.toString());
        }
    }

    @Test
    void lineageNamesTheRunSoftwareModelsAndTimes() {
        List<QuerySolution> rows = canned("lineage", Map.of());
        assertEquals(1, rows.size(), show(rows));
        QuerySolution run = rows.get(0);
        assertTrue(run.get("run").isURIResource());
        assertFalse(str(run, "softwareVersion").isBlank());
        assertTrue(str(run, "nlpModels").toLowerCase().contains("corenlp"), str(run, "nlpModels"));
        OffsetDateTime started = OffsetDateTime.parse(str(run, "started"));
        OffsetDateTime ended = OffsetDateTime.parse(str(run, "ended"));
        assertFalse(ended.isBefore(started), started + " .. " + ended);
        assertEquals(1, canned("lineage", Map.of("document", SEED.toString())).size(), "by source path");
    }

    @Test
    void negatedAndHedgedStatements() {
        List<QuerySolution> rows = canned("negated", Map.of());
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> flag(r, "negated") || flag(r, "hedged")), show(rows));
        assertTrue(rows.stream().anyMatch(r -> str(r, "sentence").contains("prove that")
                || str(r, "sentence").startsWith("It appears")), show(rows));
    }

    @Test
    void documentsCountWhatEachHolds() {
        List<QuerySolution> rows = canned("documents", Map.of());
        assertEquals(1, rows.size(), show(rows));
        QuerySolution doc = rows.get(0);
        assertTrue(str(doc, "title").startsWith("Wikileaks slid into Trump Jr."), doc.toString());
        assertEquals(SEED.toString(), str(doc, "source"));
        for (String count : List.of("entities", "facts", "quotes")) {
            assertTrue(integer(doc, count) > 0, count + ": " + doc);
        }
    }

    // ------------------------------------------------------------------ the command line

    @Test
    void commandLineListsAndRunsCannedQueries() {
        Cli list = Cli.run("queries");
        assertEquals(0, list.status(), list.err());
        for (CannedQuery q : CannedQueries.loadBundled().all()) {
            assertTrue(list.out().lines().anyMatch(l -> l.startsWith(q.name() + " ")), q.name() + " in\n" + list.out());
        }
        // one canned query per .rq file of the queries folder, none lost in the jar
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("queries"))) {
            long rq = files.filter(f -> f.toString().endsWith(".rq")).count();
            assertEquals(rq, CannedQueries.loadBundled().all().size());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        Cli quotes = Cli.run("query", "--canned", "quotes", "--param", "speaker=Pence",
                "--store", storeDir.toString(), "--format", "csv");
        assertEquals(0, quotes.status(), quotes.err());
        assertTrue(quotes.out().startsWith("speakerLabel,text,"), quotes.out());
        assertTrue(quotes.out().contains("Mike Pence,Nothing could be further from the truth."), quotes.out());
    }

    @Test
    void commandLineRejectsAMissingParameterInOneLine() {
        Cli missing = Cli.run("query", "--canned", "evidence", "--param", "subject=WikiLeaks",
                "--store", storeDir.toString());
        assertEquals(2, missing.status());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("missing parameter predicate for query evidence"), missing.err());
        assertEquals("", missing.out());
    }
}
