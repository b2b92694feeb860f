package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

/** The guard's parser reads what Jena's reads, and stops at the time limit. */
class QueryGuardTest {

    private final QueryGuard unlimited = new QueryGuard(ServicePolicy.refuseAll(), 0);

    @Test
    void parsesAsQueryFactoryDoes() throws IOException {
        List<String> queries = new ArrayList<>(List.of(
                "SELECT * { ?s ?p ?o } LIMIT 3",
                "BASE <http://example.org/a/> PREFIX : <x#> SELECT ?s { ?s :p <b> ; a <../c> FILTER(?s != <d>) }",
                "SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?s HAVING (?n > 1)",
                "CONSTRUCT { ?s <urn:p> ?o } WHERE { ?s <urn:q>/<urn:r>* ?o OPTIONAL { ?o ?x ?y } MINUS { ?s a ?t } }",
                "ASK { ?s ?p \"é\"@fr FILTER REGEX(STR(?p), \"^http\", \"i\") }",
                "DESCRIBE <urn:a>",
                "SELECT * { VALUES (?a ?b) { (1 2) (UNDEF \"x\") } BIND(?a + 1 AS ?c) } ORDER BY DESC(?c) OFFSET 1"));
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                queries.add(Files.readString(f));
            }
        }
        for (String q : queries) {
            Query jena = QueryFactory.create(q, Syntax.syntaxARQ);
            assertEquals(jena, unlimited.parse(q), q);
            assertEquals(jena.toString(), unlimited.parse(q).toString(), q);
            assertEquals(QueryFactory.create(q, "http://server/unset-base/", Syntax.syntaxARQ),
                    unlimited.parse(q, System.nanoTime(), "http://server/unset-base/"), q);
        }
    }

    @Test
    void errorsAreJenasWithTheirPosition() {
        QueryFailure e = assertThrows(QueryFailure.class, () -> unlimited.parse("SELECT ?s\nWHERE { ?s ?p }"));
        assertTrue(e.getMessage().startsWith("malformed SPARQL at line 2, column 15: "), e.getMessage());
        assertThrows(QueryParseException.class, () -> QueryFactory.create("SELECT ?s\nWHERE { ?s ?p }"));
        QueryFailure scope = assertThrows(QueryFailure.class,
                () -> unlimited.parse("SELECT (1 AS ?x) { BIND(2 AS ?x) }"));
        assertTrue(scope.getMessage().startsWith("malformed SPARQL"), scope.getMessage());
    }

    @Test
    void parsingStopsAtTheLimit() {
        StringBuilder q = new StringBuilder("SELECT * {");
        for (int i = 0; i < 1500; i++) {
            q.append("OPTIONAL { ?s <urn:p").append(i).append("> ?o").append(i).append(" } ");
        }
        q.append('}');
        unlimited.parse(q.toString());
        QueryFailure e = assertThrows(QueryFailure.class,
                () -> new QueryGuard(ServicePolicy.refuseAll(), 1).parse(q.toString(), System.nanoTime() - 5_000_000, null));
        assertEquals("query timed out after 1 ms (while parsing)", e.getMessage());
        assertTrue(QueryGuard.timedOut(e));
    }
}
