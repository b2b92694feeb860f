package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CannedQueriesTest {

    private static final List<String> REQUIRED_QUERIES = List.of("attributed-claims", "corroborated", "denials",
            "documents", "entity", "events", "evidence", "lineage", "mentions", "negated", "quarantine", "quotes", "timeline");

    @Test
    void folderAndBundledCopyHoldTheSameQueries() {
        CannedQueries folder = CannedQueries.load(Path.of("queries"));
        CannedQueries bundled = CannedQueries.loadBundled();
        assertEquals(REQUIRED_QUERIES, folder.all().stream().map(CannedQuery::name).sorted().toList());
        assertEquals(folder.all(), bundled.all());
    }

    @Test
    void headerGivesDescriptionAndParameters() {
        CannedQueries queries = CannedQueries.loadBundled();
        CannedQuery evidence = queries.get("evidence").orElseThrow();
        assertEquals("Which documents and sentences support a fact", evidence.description());
        assertEquals(List.of(
                new CannedQuery.Param("subject", true, null, "entity label, alternative label or IRI"),
                new CannedQuery.Param("predicate", true, null, "relation local name, e.g. solicited"),
                new CannedQuery.Param("object", true, null, "entity label, alternative label or IRI")),
                evidence.params());

        CannedQuery.Param min = queries.get("corroborated").orElseThrow().param("min").orElseThrow();
        assertFalse(min.required());
        assertEquals("2", min.defaultValue());
        assertTrue(min.numeric());
        assertTrue(queries.get("documents").orElseThrow().params().isEmpty());
        assertTrue(queries.get("nothing-like-this").isEmpty());
    }

    @Test
    void bindsIrisStringsAndNumbers() {
        CannedQueries queries = CannedQueries.loadBundled();
        Query evidence = CannedQueries.bind(queries.get("evidence").orElseThrow(), Map.of(
                "subject", "https://w3id.org/newskg/id/organization/wikileaks",
                "predicate", "solicited",
                "object", "Trump \"Junior\""));
        String text = evidence.toString();
        assertTrue(text.contains("<https://w3id.org/newskg/id/organization/wikileaks>"), text);
        assertTrue(text.contains("\"solicited\""), text);
        assertTrue(text.contains("Trump \\\"Junior\\\""), text);

        Query corroborated = CannedQueries.bind(queries.get("corroborated").orElseThrow(), Map.of("min", "3"));
        assertTrue(corroborated.toString().toLowerCase().contains("coalesce(3, 2)"), corroborated.toString());
        Query byDefault = CannedQueries.bind(queries.get("corroborated").orElseThrow(), Map.of());
        assertTrue(byDefault.toString().toLowerCase().contains("coalesce(2, 2)"), byDefault.toString());
    }

    @Test
    void optionalParameterLeftOutStaysUnbound() {
        CannedQuery quotes = CannedQueries.loadBundled().get("quotes").orElseThrow();
        assertTrue(CannedQueries.bind(quotes, Map.of()).toString().contains("?speaker"));
        assertTrue(CannedQueries.bind(quotes, Map.of("speaker", " ")).toString().contains("?speaker"));
    }

    @Test
    void rejectsMissingUnknownAndMalformedParameters() {
        CannedQueries queries = CannedQueries.loadBundled();
        CannedQuery evidence = queries.get("evidence").orElseThrow();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> CannedQueries.bind(evidence, Map.of("subject", "x", "predicate", "met")));
        assertEquals("missing parameter object for query evidence", missing.getMessage());

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> CannedQueries.bind(evidence, Map.of("subject", "x", "predicate", "met", "object", "y",
                        "speaker", "z")));
        assertEquals("unknown parameter speaker for query evidence; valid parameters: subject, predicate, object",
                unknown.getMessage());

        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> CannedQueries.bind(queries.get("documents").orElseThrow(), Map.of("x", "1")));
        assertTrue(none.getMessage().contains("takes no parameters"), none.getMessage());

        IllegalArgumentException notNumber = assertThrows(IllegalArgumentException.class,
                () -> CannedQueries.bind(queries.get("corroborated").orElseThrow(), Map.of("min", "two")));
        assertTrue(notNumber.getMessage().contains("whole number"), notNumber.getMessage());
    }

    @Test
    void rejectsBadQueryFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.rq"), "# description: no name\nSELECT * WHERE { ?s ?p ?o }\n");
        IllegalArgumentException noName = assertThrows(IllegalArgumentException.class, () -> CannedQueries.load(dir));
        assertTrue(noName.getMessage().contains("no '# name:'"), noName.getMessage());

        Files.writeString(dir.resolve("a.rq"), "# name: a\n# description: d\n# param: x (required) thing\n"
                + "SELECT ?x WHERE { ?x ?p ?o }\n");
        IllegalArgumentException projected = assertThrows(IllegalArgumentException.class,
                () -> CannedQueries.load(dir));
        assertTrue(projected.getMessage().contains("result column"), projected.getMessage());

        Files.writeString(dir.resolve("a.rq"), "# name: a\n# description: d\n# param: x (required) thing\n"
                + "SELECT ?s WHERE { ?s ?p ?o }\n");
        IllegalArgumentException unused = assertThrows(IllegalArgumentException.class,
                () -> CannedQueries.load(dir));
        assertTrue(unused.getMessage().contains("not used"), unused.getMessage());

        Files.writeString(dir.resolve("a.rq"), "# name: a\n# description: d\nSELECT ?s WHERE { ?s ?p }\n");
        IllegalArgumentException syntax = assertThrows(IllegalArgumentException.class, () -> CannedQueries.load(dir));
        assertTrue(syntax.getMessage().contains("does not parse"), syntax.getMessage());

        Files.writeString(dir.resolve("a.rq"), "# name: a\n# description: d\nSELECT ?s WHERE { ?s ?p ?o }\n");
        Files.writeString(dir.resolve("b.rq"), "# name: a\n# description: e\nSELECT ?s WHERE { ?s ?p ?o }\n");
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> CannedQueries.load(dir));
        assertTrue(twice.getMessage().contains("two canned queries are named a"), twice.getMessage());
    }
}
