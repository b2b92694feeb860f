package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import java.net.InetAddress;
import java.util.List;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.Fixtures;
import org.newskg.store.KgStore;

class SparqlRunnerTest {

    private static final String LABELS = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?e ?label WHERE { ?e rdfs:label ?label } ORDER BY ?label""";

    @TempDir
    Path tmp;

    private KgStore store;
    private final SparqlRunner runner = new SparqlRunner(10_000);

    @BeforeEach
    void load() {
        store = KgStore.open(tmp);
        Fixtures.load(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void defaultGraphIsTheUnionOfDocuments() {
        ResultSetRewindable rs = runner.select(store, LABELS);
        assertEquals(3, rs.size(), "WikiLeaks is labelled in both documents but seen once");
    }

    @Test
    void graphClauseReachesOneDocument() {
        ResultSetRewindable rs = runner.select(store, "SELECT * { GRAPH <" + Fixtures.DOC_B + "> { ?s ?p ?o } }");
        assertEquals(Fixtures.graph(Fixtures.DOC_B).size(), rs.size());
    }

    @Test
    void writesEachResultFormat() {
        assertEquals(3, ResultSetMgr.read(new ByteArrayInputStream(bytes(LABELS, "json")), ResultSetLang.RS_JSON)
                .rewindable().size());
        assertEquals(3, ResultSetMgr.read(new ByteArrayInputStream(bytes(LABELS, "xml")), ResultSetLang.RS_XML)
                .rewindable().size());
        String csv = text(LABELS, "csv");
        assertTrue(csv.startsWith("e,label\r\n"), csv);
        assertEquals(4, csv.lines().count());
        String tsv = text(LABELS, "tsv");
        assertTrue(tsv.startsWith("?e\t?label"), tsv);
        String table = text(LABELS, "table");
        assertTrue(table.contains("\"Moscow\"") && table.contains("| e"), table);
    }

    @Test
    void writesAskResults() {
        String ask = "ASK { ?s a <https://w3id.org/newskg/ont#Quote> }";
        assertTrue(text(ask, "json").contains("true"));
        assertTrue(text(ask, "table").toLowerCase().contains("yes"));
    }

    @Test
    void constructIsTurtle() {
        String construct = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e rdfs:label ?l }";
        String turtle = text(construct, "csv");
        assertTrue(turtle.contains("PREFIX rdfs:") || turtle.contains("@prefix rdfs:"), turtle);
        Graph g = RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
        assertEquals(3, g.size());
    }

    @Test
    void malformedQueryGivesOneLine() {
        QueryFailure e = assertThrows(QueryFailure.class,
                () -> runner.run(store, "SELECT ?s\nWHERE { ?s ?p }", "table", new ByteArrayOutputStream()));
        assertTrue(e.getMessage().startsWith("malformed SPARQL at line 2, column 15: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void unknownFormatIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> runner.run(store, LABELS, "html", new ByteArrayOutputStream()));
        assertEquals("unknown result format 'html': use one of table, csv, tsv, json, xml", e.getMessage());
    }

    @Test
    void slowQueryTimesOut() {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 2000; i++) {
            g.add(NodeFactory.createURI("urn:x:" + i), RDFS.label.asNode(), NodeFactory.createLiteralString("x" + i));
        }
        store.putDocument("https://w3id.org/newskg/doc/many", g, GraphFactory.createDefaultGraph());
        String cross = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        QueryFailure e = assertThrows(QueryFailure.class,
                () -> new SparqlRunner(300).run(store, cross, "csv", new ByteArrayOutputStream()));
        assertEquals("query timed out after 300 ms", e.getMessage());
    }

    @Test
    void regexOnALongLiteralStopsAtTheLimit() {
        String q = "SELECT * { VALUES ?x { \"" + "a".repeat(60) + "!\" } FILTER REGEX(?x, \"(.*a){12}$\") }";
        long start = System.nanoTime();
        QueryFailure e = assertThrows(QueryFailure.class,
                () -> new SparqlRunner(300).run(store, q, "csv", new ByteArrayOutputStream()));
        assertEquals("query timed out after 300 ms", e.getMessage());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000, "stopped long before the match would end");
    }

    @Test
    void serviceIsRefusedBeforeAnythingIsSent() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer listener = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        listener.createContext("/", x -> {
            requests.incrementAndGet();
            x.sendResponseHeaders(500, -1);
            x.close();
        });
        listener.start();
        try {
            String url = "http://127.0.0.1:" + listener.getAddress().getPort() + "/sparql";
            for (String q : List.of("SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }",
                    "SELECT * { VALUES ?e { <" + url + "> } SERVICE ?e { ?s ?p ?o } }")) {
                QueryFailure e = assertThrows(QueryFailure.class, () -> runner.run(store, q, "csv", new ByteArrayOutputStream()));
                assertTrue(e.getMessage().contains("refused"), e.getMessage());
                QueryFailure other = assertThrows(QueryFailure.class, () -> new SparqlRunner(0,
                        ServicePolicy.allowing(List.of("example.org"))).run(store, q, "csv", new ByteArrayOutputStream()));
                assertTrue(other.getMessage().contains("refused"), other.getMessage());
            }
            assertEquals(0, requests.get());
            QueryFailure remote = assertThrows(QueryFailure.class, () -> new SparqlRunner(0,
                    ServicePolicy.allowing(List.of("127.0.0.1"))).run(store, "SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }",
                    "csv", new ByteArrayOutputStream()));
            assertEquals("SERVICE call failed: the remote endpoint answered HTTP 500", remote.getMessage());
            assertEquals(1, requests.get());
        } finally {
            listener.stop(0);
        }
    }

    private byte[] bytes(String query, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(store, query, format, out);
        return out.toByteArray();
    }

    private String text(String query, String format) {
        return new String(bytes(query, format), StandardCharsets.UTF_8);
    }

}
