package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs every canned query on the hand-made two-document fixture. */
class CannedQueriesFixtureTest {

    private static final String DOC_A = "https://w3id.org/newskg/doc/9318df8e905de8ebdc0fcacd66758d0f1708aadddf7fa39f0de55feac0a6484c";
    private static final String SHA_B = "90dda43ef8babefa7fc7f05335e766dd34400c96d3299bafd02f311939199b20";
    private static final String DOC_B = "https://w3id.org/newskg/doc/" + SHA_B;
    private static final String RUN = "https://w3id.org/newskg/run/2024-06-01T10-00-00Z";
    private static final String WIKILEAKS = "https://w3id.org/newskg/id/organization/wikileaks";

    private static FixtureStore store;
    private static CannedQueries queries;

    @BeforeAll
    static void load() {
        store = FixtureStore.load();
        queries = CannedQueries.loadBundled();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Map<String, String>> run(String name, Map<String, String> params) {
        return store.select(CannedQueries.bind(queries.get(name).orElseThrow(), params));
    }

    private static List<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).toList();
    }

    @Test
    void evidenceMatchesLabelsCaseInsensitivelyAndFindsBothSentences() {
        List<Map<String, String>> rows = run("evidence",
                Map.of("subject", "wikileaks", "predicate", "solicited", "object", "junior"));
        assertEquals(2, rows.size(), rows.toString());
        Map<String, String> a = rows.stream().filter(r -> r.get("document").equals(DOC_A)).findFirst().orElseThrow();
        assertEquals("Wikileaks solicited Donald Trump’s eldest son to publicize emails.", a.get("sentence"));
        assertEquals("0", a.get("begin"));
        assertEquals("66", a.get("end"));
        assertEquals("0.9", a.get("confidence"));
        assertEquals("https://example.org/news/wikileaks-dms", a.get("source"));
        assertEquals(RUN, a.get("run"));
        assertEquals("false", a.get("negated"));
        Map<String, String> b = rows.stream().filter(r -> r.get("document").equals(DOC_B)).findFirst().orElseThrow();
        assertEquals("Earlier, WikiLeaks had asked Junior to publicize the emails.", b.get("sentence"));
        assertEquals("65", b.get("begin"));
        assertEquals("125", b.get("end"));
        assertEquals("/data/news/trump-jr-link.txt", b.get("source"));
    }

    @Test
    void evidenceAcceptsIrisAndPrefixedPredicate() {
        List<Map<String, String>> rows = run("evidence", Map.of("subject", WIKILEAKS,
                "predicate", "nkg:Messaged", "object", "https://w3id.org/newskg/id/person/donald-trump-jr"));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("2016-10-12", rows.get(0).get("date"));
        assertTrue(run("evidence", Map.of("subject", "Trump Jr.", "predicate", "solicited", "object", "wikileaks"))
                .isEmpty());
    }

    @Test
    void timelineIsInDateOrderAndLeavesOutNegatedFacts() {
        List<Map<String, String>> rows = run("timeline", Map.of());
        assertEquals(List.of("2016-10", "2016-10-12", "2016-10-14"), column(rows, "date"));
        assertEquals(List.of("denied", "messaged", "tweeted"), column(rows, "predicate"));
        assertEquals("Mike Pence", rows.get(0).get("subjectLabel"));
        assertEquals("Trump campaign", rows.get(0).get("objectLabel"));

        List<Map<String, String>> junior = run("timeline", Map.of("entity", "trump jr."));
        assertEquals(List.of("messaged", "tweeted"), column(junior, "predicate"));
        assertEquals("Two days later, on October 14, 2016, Trump Jr. tweeted the link.", junior.get(1).get("sentence"));
        assertEquals(List.of("denied"), column(run("timeline", Map.of("entity", "PENCE")), "predicate"));
    }

    @Test
    void eventsCarryTheirAlignmentAndFilterByRelationEntityAndDates() {
        List<Map<String, String>> rows = run("events", Map.of());
        assertEquals(List.of("2016-10", "2016-10-12", "2016-10-14"), column(rows, "date"));
        assertEquals(List.of("denied", "messaged", "tweeted"), column(rows, "predicate"));
        assertEquals("016", rows.get(0).get("cameoCode"));
        assertEquals("010", rows.get(2).get("cameoCode"));
        assertEquals(List.of("tweeted"), column(run("events", Map.of("relation", "tweeted")), "predicate"));
        assertEquals(List.of("messaged", "tweeted"), column(run("events", Map.of("entity", "trump jr.")), "predicate"));
        assertEquals(List.of("2016-10-12", "2016-10-14"), column(run("events", Map.of("from", "2016-10-12")), "date"));
        assertEquals(List.of("2016-10"), column(run("events", Map.of("to", "2016-10-11")), "date"));
    }

    @Test
    void quotesOfOneSpeakerOnly() {
        assertEquals(2, run("quotes", Map.of()).size());
        List<Map<String, String>> pence = run("quotes", Map.of("speaker", "mike pence"));
        assertEquals(1, pence.size(), pence.toString());
        assertEquals("Mike Pence", pence.get(0).get("speakerLabel"));
        assertEquals("Nothing could be further from the truth.", pence.get(0).get("text"));
        assertEquals("2016-10-14", pence.get(0).get("date"));
        assertEquals(DOC_B, pence.get(0).get("document"));
        List<Map<String, String>> account = run("quotes", Map.of("speaker", "the account"));
        assertEquals(List.of("Strongly suggest your dad tweets this link,"), column(account, "text"));
        assertEquals(column(account, "text"), column(run("quotes", Map.of("speaker", WIKILEAKS)), "text"));
        assertTrue(run("quotes", Map.of("speaker", "Donald Trump")).isEmpty());
    }

    @Test
    void attributedClaimsNameTheirSource() {
        List<Map<String, String>> rows = run("attributed-claims", Map.of());
        assertEquals(1, rows.size(), rows.toString());
        Map<String, String> r = rows.get(0);
        assertEquals("U.S. intelligence", r.get("claimant"));
        assertEquals("Russian hackers", r.get("subjectLabel"));
        assertEquals("stole", r.get("predicate"));
        assertEquals("Podesta emails", r.get("objectLabel"));
        assertEquals(1, run("attributed-claims", Map.of("source", "u.s. intelligence")).size());
        assertTrue(run("attributed-claims", Map.of("source", "Fox News")).isEmpty());
    }

    @Test
    void denialsGiveWhoWhatAndWhen() {
        List<Map<String, String>> rows = run("denials", Map.of());
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Mike Pence", rows.get(0).get("denier"));
        assertEquals("Trump campaign", rows.get(0).get("about"));
        assertEquals("the campaign worked with WikiLeaks", rows.get(0).get("theme"));
        assertEquals("2016-10", rows.get(0).get("date"));
        assertEquals(1, run("denials", Map.of("entity", "the campaign")).size());
        assertTrue(run("denials", Map.of("entity", "WikiLeaks")).isEmpty());
    }

    @Test
    void entityCountsDistinctDocumentsPerFact() {
        List<Map<String, String>> rows = run("entity", Map.of("name", "Junior"));
        Map<String, String> counts = rows.stream().collect(Collectors.toMap(
                r -> r.get("direction") + " " + r.get("predicate") + " " + r.get("otherLabel"),
                r -> r.get("documents")));
        assertEquals(Map.of(
                "incoming solicited WikiLeaks", "2",
                "incoming messaged WikiLeaks", "1",
                "outgoing childOf Donald Trump", "1",
                "outgoing tweeted link to the WikiLeaks emails", "1",
                "outgoing shared WikiLeaks-Trump Jr. direct messages", "1"), counts);
        assertEquals("2", rows.get(0).get("documents"));
        assertEquals(Set.of("Donald Trump Jr."), Set.copyOf(column(rows, "entityLabel")));
        // the negated "obtained" is not a fact about the campaign
        assertEquals(List.of("denied"), column(run("entity", Map.of("name", "Trump campaign")), "predicate"));
    }

    @Test
    void corroboratedKeepsOnlyFactsOfSeveralDocuments() {
        List<Map<String, String>> rows = run("corroborated", Map.of());
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("WikiLeaks", rows.get(0).get("subjectLabel"));
        assertEquals("solicited", rows.get(0).get("predicate"));
        assertEquals("Donald Trump Jr.", rows.get(0).get("objectLabel"));
        assertEquals("2", rows.get(0).get("documents"));
        assertEquals(7, run("corroborated", Map.of("min", "1")).size());
        assertTrue(run("corroborated", Map.of("min", "3")).isEmpty());
    }

    @Test
    void mentionsGiveSurfaceFormsAndOffsets() {
        List<Map<String, String>> rows = run("mentions", Map.of("name", "donald trump jr."));
        assertEquals(5, rows.size(), rows.toString());
        for (Map<String, String> r : rows) {
            int length = Integer.parseInt(r.get("end")) - Integer.parseInt(r.get("begin"));
            assertEquals(r.get("surface").codePointCount(0, r.get("surface").length()), length, r.toString());
        }
        assertTrue(rows.contains(Map.of("entityLabel", "Donald Trump Jr.", "surface", "Junior",
                "document", DOC_B, "begin", "94", "end", "100")), rows.toString());
    }

    @Test
    void lineageNamesTheRun() {
        List<Map<String, String>> rows = run("lineage", Map.of());
        assertEquals(2, rows.size());
        for (Map<String, String> r : rows) {
            assertEquals(RUN, r.get("run"));
            assertEquals("0.1.0", r.get("softwareVersion"));
            assertEquals("2024-06-01T10:00:00Z", r.get("started"));
            assertEquals("2024-06-01T10:00:42Z", r.get("ended"));
            assertTrue(r.get("nlpModels").startsWith("stanford-corenlp"));
        }
        for (String key : List.of(SHA_B, DOC_B, "TRUMP JR. TWEETED THE LINK", "/data/news/trump-jr-link.txt")) {
            assertEquals(List.of(DOC_B), column(run("lineage", Map.of("document", key)), "doc"), key);
        }
        assertTrue(run("lineage", Map.of("document", "no such document")).isEmpty());
    }

    @Test
    void negatedListsNegatedAndHedgedStatements() {
        List<Map<String, String>> rows = run("negated", Map.of());
        assertEquals(2, rows.size(), rows.toString());
        Map<String, String> byPredicate = rows.stream().collect(Collectors.toMap(r -> r.get("predicate"),
                r -> r.get("negated") + "/" + r.get("hedged")));
        assertEquals(Map.of("shared", "false/true", "obtained", "true/false"), byPredicate);
    }

    @Test
    void documentsCountEntitiesFactsAndQuotes() {
        List<Map<String, String>> rows = run("documents", Map.of());
        assertEquals(2, rows.size());
        assertEquals(DOC_A, rows.get(0).get("document"));
        assertEquals(List.of("8", "7"), column(rows, "entities"));
        assertEquals(List.of("5", "3"), column(rows, "facts"));
        assertEquals(List.of("1", "1"), column(rows, "quotes"));
        assertEquals(List.of("2017-11-14", "2017-11-15"), column(rows, "date"));
    }

    @Test
    void everyQueryRunsWithOnlyItsRequiredParameters() {
        Map<String, String> samples = Map.of("subject", "WikiLeaks", "predicate", "solicited",
                "object", "Donald Trump Jr.", "name", "WikiLeaks");
        for (CannedQuery q : queries.all()) {
            Map<String, String> params = new HashMap<>();
            q.params().stream().filter(CannedQuery.Param::required).forEach(p -> params.put(p.name(), samples.get(p.name())));
            if (q.name().equals("quarantine")) {
                // the fixture store conforms: nothing was quarantined
                assertTrue(run(q.name(), params).isEmpty(), q.name());
            } else {
                assertFalse(run(q.name(), params).isEmpty(), q.name());
            }
        }
    }
}
