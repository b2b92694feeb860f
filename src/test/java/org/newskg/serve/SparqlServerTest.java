package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.Fixtures;
import org.newskg.store.KgStore;

/** The endpoint through a real HTTP client, on a free port. */
class SparqlServerTest {

    private static final String WIKILEAKS = "<https://w3id.org/newskg/id/organization/wikileaks>";
    private static final String LABELS = "SELECT ?l WHERE { " + WIKILEAKS
            + " <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
    private static final String JSON = "application/sparql-results+json";

    @TempDir
    static Path tmp;

    private static KgStore store;
    private static SparqlServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        store = KgStore.open(tmp);
        Fixtures.load(store);
        server = SparqlServer.start(store, ServerSettings.defaults().withPort(0));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void endpointIsOnAFreePort() {
        assertNotEquals(0, server.port());
        assertEquals("http://127.0.0.1:" + server.port() + "/newskg/sparql", server.endpoint());
    }

    @Test
    void selectAsJsonOverGet() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(queryUri("sparql", LABELS)).header("Accept", JSON));
        assertEquals(200, r.statusCode());
        assertEquals(1, rows(r.body()), "the union default graph shows WikiLeaks' label once");
    }

    @Test
    void selectOverQueryEndpoint() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(queryUri("query", LABELS)).header("Accept", JSON));
        assertEquals(200, r.statusCode());
        assertEquals(1, rows(r.body()));
    }

    @Test
    void selectOverPostForm() throws Exception {
        HttpResponse<String> r = send(post("sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(LABELS, StandardCharsets.UTF_8)).header("Accept", JSON));
        assertEquals(200, r.statusCode());
        assertEquals(1, rows(r.body()));
    }

    @Test
    void selectOverPostSparqlQuery() throws Exception {
        HttpResponse<String> r = send(post("sparql", "application/sparql-query", LABELS).header("Accept", JSON));
        assertEquals(200, r.statusCode());
        assertEquals(1, rows(r.body()));
    }

    @Test
    void csvByAcceptHeader() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(queryUri("sparql", LABELS)).header("Accept", "text/csv"));
        assertEquals(200, r.statusCode());
        assertEquals("l\r\nWikiLeaks\r\n", r.body());
    }

    @Test
    void constructAsTurtle() throws Exception {
        String construct = "CONSTRUCT { ?s a ?t } WHERE { ?s a <https://w3id.org/newskg/ont#Organization> ; a ?t }";
        HttpResponse<String> r = send(HttpRequest.newBuilder(queryUri("sparql", construct)).header("Accept", "text/turtle"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        assertEquals(1, g.size());
    }

    @Test
    void graphClauseReachesOneDocument() throws Exception {
        String q = "SELECT * { GRAPH <" + Fixtures.DOC_B + "> { ?s ?p ?o } }";
        HttpResponse<String> r = send(HttpRequest.newBuilder(queryUri("sparql", q)).header("Accept", JSON));
        assertEquals(Fixtures.graph(Fixtures.DOC_B).size(), rows(r.body()));
    }

    @Test
    void graphStoreReadGivesOneGraph() throws Exception {
        URI uri = URI.create(base() + "newskg/get?graph=" + URLEncoder.encode(Fixtures.DOC_A, StandardCharsets.UTF_8));
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri).header("Accept", "application/n-triples"));
        assertEquals(200, r.statusCode());
        assertEquals(Fixtures.graph(Fixtures.DOC_A).size(), RDFParser.fromString(r.body(), Lang.NTRIPLES).toGraph().size());
    }

    @Test
    void malformedQueryIs400() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(queryUri("sparql", "SELECT ?s WHERE { ?s ")));
        assertEquals(400, r.statusCode());
    }

    @Test
    void updateIsRefused() throws Exception {
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        assertClientError(sendAlone(post("sparql", "application/sparql-update", update)));
        assertClientError(sendAlone(post("sparql", "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8))));
        assertClientError(sendAlone(post("update", "application/sparql-update", update)));
        assertClientError(sendAlone(HttpRequest.newBuilder(URI.create(base() + "newskg/get?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> ."))));
        assertClientError(sendAlone(post("", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .")));
        HttpResponse<String> check = sendAlone(HttpRequest.newBuilder(queryUri("sparql", "ASK { ?s ?p <urn:x:c> }"))
                .header("Accept", JSON));
        assertTrue(check.body().contains("false"), check.body());
    }

    @Test
    void noCorsHeaderForAForeignOriginByDefault() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(queryUri("sparql", LABELS))
                .header("Accept", JSON).header("Origin", "http://example.org"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.headers().toString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), r.headers().toString());
    }

    @Test
    void rootServesThePage() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base())));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<textarea"), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void jenaRemoteConnectionQueries() {
        try (RDFConnection conn = RDFConnection.queryConnect(server.endpoint())) {
            int[] count = {0};
            conn.querySelect("SELECT ?e { ?e a <https://w3id.org/newskg/ont#Organization> }", row -> count[0]++);
            assertEquals(1, count[0]);
            assertTrue(conn.queryAsk("ASK { ?q a <https://w3id.org/newskg/ont#Quote> }"));
        }
    }

    @Test
    void secondServerOnABusyPortFailsWithOneLine() {
        ServerException e = assertThrows(ServerException.class,
                () -> SparqlServer.start(store, ServerSettings.defaults().withPort(server.port())));
        assertTrue(e.getMessage().startsWith("cannot start the SPARQL server on 127.0.0.1:" + server.port()),
                e.getMessage());
    }

    private static void assertClientError(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode() + ": " + r.body());
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    private static URI queryUri(String endpoint, String query) {
        return URI.create(base() + "newskg/" + endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder post(String endpoint, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(base() + "newskg/" + endpoint))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends on a connection of its own: Jetty closes the connection after refusing a request
     * whose body it did not read, and the JDK client does not retry a POST on a stale one.
     */
    private static HttpResponse<String> sendAlone(HttpRequest.Builder request) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int rows(String json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        return rs.rewindable().size();
    }
}
