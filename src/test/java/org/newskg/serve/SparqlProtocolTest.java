package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.Required;
import org.newskg.store.Fixtures;
import org.newskg.store.PeerTools;

/**
 * The SPARQL Protocol as other clients speak it, over the hand-made store: Python's
 * SPARQLWrapper (when {@code /usr/bin/python3} has it), content negotiation for the result
 * and graph formats {@link SparqlServerTest} does not cover, and the read-only Graph Store
 * Protocol endpoint.
 */
class SparqlProtocolTest {

    private static final String PREFIXES = "PREFIX nkg: <https://w3id.org/newskg/ont#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    private static final String SOLICITED = PREFIXES
            + "SELECT ?who ?whom WHERE { ?s nkg:solicited ?o . ?s rdfs:label ?who . ?o rdfs:label ?whom }";
    private static final String PERSONS = PREFIXES + "CONSTRUCT { ?p a nkg:Person ; rdfs:label ?l } "
            + "WHERE { ?p a nkg:Person ; rdfs:label ?l }";
    private static final String DOC_A =
            "https://w3id.org/newskg/doc/9318df8e905de8ebdc0fcacd66758d0f1708aadddf7fa39f0de55feac0a6484c";

    /** A SELECT asking for JSON and a CONSTRUCT asking for Turtle, as a Python user would write them. */
    private static final String SPARQLWRAPPER = """
            import sys
            from SPARQLWrapper import SPARQLWrapper, JSON, TURTLE
            endpoint, select, construct = sys.argv[1], sys.argv[2], sys.argv[3]
            s = SPARQLWrapper(endpoint)
            s.setQuery(select)
            s.setReturnFormat(JSON)
            for b in s.query().convert()["results"]["bindings"]:
                print("ROW", b["who"]["value"], "|", b["whom"]["value"])
            c = SPARQLWrapper(endpoint)
            c.setQuery(construct)
            c.setReturnFormat(TURTLE)
            turtle = c.query().convert()
            print("TURTLE")
            print(turtle.decode("utf-8") if isinstance(turtle, bytes) else turtle.serialize(format="turtle"))
            """;

    @TempDir
    static Path tmp;

    private static ServedFixtureStore served;
    private static SparqlServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        served = ServedFixtureStore.start(tmp);
        server = served.server;
        http = served.http;
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void pythonSparqlWrapperSelectsAndConstructs() throws IOException {
        Required.that(PeerTools.hasPythonModule("SPARQLWrapper"), "no SPARQLWrapper for " + PeerTools.PYTHON);
        PeerTools.Result r = PeerTools.python(SPARQLWRAPPER, server.endpoint(), SOLICITED, PERSONS);
        assertEquals(0, r.exit(), r::describe);
        String[] parts = r.out().split("(?m)^TURTLE$", 2);
        assertEquals(2, parts.length, r::describe);
        assertEquals(List.of("ROW WikiLeaks | Donald Trump Jr."), parts[0].lines().toList(),
                "one row: the union default graph shows the fact stated in both documents once");
        Graph persons = RDFParser.fromString(parts[1], Lang.TURTLE).toGraph();
        assertEquals(6, persons.size(), "three persons, each typed and labelled");
        assertTrue(parts[1].contains("Mike Pence"), parts[1]);
    }

    @Test
    void selectAsXml() throws Exception {
        HttpResponse<String> r = get(query(SOLICITED), "application/sparql-results+xml");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/sparql-results+xml"), contentType(r));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_XML);
        assertEquals(List.of("who", "whom"), rs.getResultVars());
        assertEquals("WikiLeaks", rs.next().getLiteral("who").getLexicalForm());
        assertFalse(rs.hasNext());
    }

    @Test
    void selectAsCsv() throws Exception {
        HttpResponse<String> r = get(query(SOLICITED), "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/csv"), contentType(r));
        assertEquals("who,whom\r\nWikiLeaks,Donald Trump Jr.\r\n", r.body());
    }

    @Test
    void selectAsTsv() throws Exception {
        HttpResponse<String> r = get(query(SOLICITED), "text/tab-separated-values");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/tab-separated-values"), contentType(r));
        assertEquals("?who\t?whom\n\"WikiLeaks\"\t\"Donald Trump Jr.\"\n", r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"})
    void constructInEachGraphFormat(String mediaType) throws Exception {
        HttpResponse<String> r = get(query(PERSONS), mediaType);
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith(mediaType), contentType(r));
        Graph g = RDFParser.fromString(r.body(), langOf(mediaType)).toGraph();
        Graph turtle = RDFParser.fromString(get(query(PERSONS), "text/turtle").body(), Lang.TURTLE).toGraph();
        assertEquals(6, g.size());
        assertTrue(IsoMatcher.isomorphic(turtle, g), mediaType + " gives the Turtle answer's triples");
    }

    @Test
    void graphStoreReadGivesADocumentsGraph() throws Exception {
        HttpResponse<String> r = get(graphUri(DOC_A), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/turtle"), contentType(r));
        DatasetGraph fixture = Fixtures.smallStore();
        Graph expected = fixture.getGraph(NodeFactory.createURI(DOC_A));
        assertTrue(IsoMatcher.isomorphic(expected, RDFParser.fromString(r.body(), Lang.TURTLE).toGraph()));
        assertEquals(404, get(graphUri("https://w3id.org/newskg/doc/none"), "text/turtle").statusCode());
    }

    @Test
    void graphStoreRefusesWrites() throws Exception {
        String triple = "<urn:x:a> <urn:x:b> <urn:x:c> .";
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(triple);
        for (HttpRequest.Builder write : List.of(
                HttpRequest.newBuilder(graphUri(DOC_A)).header("Content-Type", "text/turtle").PUT(body),
                HttpRequest.newBuilder(graphUri(DOC_A)).header("Content-Type", "text/turtle").POST(body),
                HttpRequest.newBuilder(graphUri(DOC_A)).DELETE())) {
            HttpResponse<String> r = sendAlone(write);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode() + ": " + r.body());
        }
        HttpResponse<String> after = get(graphUri(DOC_A), "application/n-triples");
        assertEquals(200, after.statusCode(), "the graph is still there");
        assertEquals(Fixtures.smallStore().getGraph(NodeFactory.createURI(DOC_A)).size(),
                RDFParser.fromString(after.body(), Lang.NTRIPLES).toGraph().size(), "and unchanged");
    }

    private static Lang langOf(String mediaType) {
        switch (mediaType) {
            case "application/n-triples":
                return Lang.NTRIPLES;
            case "application/ld+json":
                return Lang.JSONLD;
            case "application/rdf+xml":
                return Lang.RDFXML;
            default:
                return Lang.TURTLE;
        }
    }

    private static URI query(String sparql) {
        return URI.create(server.endpoint() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
    }

    private static URI graphUri(String graph) {
        return URI.create(server.baseUrl() + "newskg/get?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(URI uri, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Accept", accept).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request on a connection of its own: Jetty closes a connection after refusing a body it did not read. */
    private static HttpResponse<String> sendAlone(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }
}
