package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.query.ServicePolicy;
import org.newskg.store.Fixtures;
import org.newskg.store.KgStore;

/**
 * No outbound request from the endpoint: real Fuseki on a loopback port, a real listener
 * standing for a local service, and every form of SERVICE a client can write. By default each
 * is a 400 and the listener sees nothing; with {@code --allow-service} exactly the named host
 * and port are reached, and a remote failure never comes back in the answer.
 */
class ServiceRefusalTest {

    private static final String ENDPOINT = "@ENDPOINT@";

    @TempDir
    static Path tmp;

    private static KgStore store;
    private static LocalListener listener;
    private static LocalListener other;
    private static SparqlServer closed;
    private static SparqlServer federating;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        store = KgStore.open(tmp);
        Fixtures.load(store);
        listener = new LocalListener();
        other = new LocalListener();
        closed = SparqlServer.start(store, ServerSettings.defaults().withPort(0));
        federating = SparqlServer.start(store, ServerSettings.defaults().withPort(0)
                .withServices(ServicePolicy.allowing(List.of("127.0.0.1:" + listener.port()))));
    }

    @AfterAll
    static void stop() {
        federating.close();
        closed.close();
        listener.close();
        other.close();
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { SERVICE <@ENDPOINT@> { ?s ?p ?o } }",
        "SELECT * { SERVICE SILENT <@ENDPOINT@> { ?s ?p ?o } }",
        "SELECT * { VALUES ?e { <@ENDPOINT@> } SERVICE ?e { ?s ?p ?o } }",
        "SELECT * { BIND(<@ENDPOINT@> AS ?e) SERVICE ?e { ?s ?p ?o } }",
        "SELECT * { ?x a ?t SERVICE ?t { ?s ?p ?o } }",
        "SELECT * { { SELECT ?o { SERVICE <@ENDPOINT@> { ?s ?p ?o } } } }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <@ENDPOINT@> { ?s ?p ?o } } }",
        "SELECT (EXISTS { SERVICE <@ENDPOINT@> { ?a ?b ?c } } AS ?x) { }",
        "ASK { SERVICE <@ENDPOINT@> { ?s ?p ?o } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <@ENDPOINT@> { ?s ?p ?o } }",
        "DESCRIBE ?s WHERE { SERVICE <@ENDPOINT@> { ?s ?p ?o } }",
    })
    void everyServiceFormIsRefusedAndNothingIsSent(String form) throws Exception {
        int before = listener.requests();
        for (String target : List.of(listener.url("sparql"), listener.url("text"),
                "http://localhost:" + listener.port() + "/sparql")) {
            String query = form.replace(ENDPOINT, target);
            HttpResponse<String> get = send(closed, HttpRequest.newBuilder(queryUri(closed, query)));
            HttpResponse<String> post = send(closed, HttpRequest.newBuilder(URI.create(closed.endpoint()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(query)));
            for (HttpResponse<String> r : List.of(get, post)) {
                assertEquals(400, r.statusCode(), query + " -> " + r.body());
                assertTrue(r.body().contains("SERVICE"), r.body());
                assertTrue(r.body().contains("refused"), r.body());
                assertFalse(r.body().contains(LocalListener.SECRET), r.body());
            }
        }
        assertEquals(before, listener.requests(), "requests that reached the local listener");
    }

    @Test
    void allowedHostAndPortIsReached() throws Exception {
        int before = listener.requests();
        String query = "SELECT ?o { SERVICE <" + listener.url("sparql") + "> { ?s ?p ?o } }";
        HttpResponse<String> r = send(federating, HttpRequest.newBuilder(queryUri(federating, query))
                .header("Accept", "application/sparql-results+json"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(LocalListener.ROW_VALUE), r.body());
        assertTrue(listener.requests() > before);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { SERVICE <@OTHER@> { ?s ?p ?o } }",
        "SELECT * { VALUES ?e { <@OTHER@> } SERVICE ?e { ?s ?p ?o } }",
        "SELECT * { SERVICE <@LOCALHOST@> { ?s ?p ?o } }",
        "SELECT * { VALUES ?e { \"@ENDPOINT@\" } SERVICE ?e { ?s ?p ?o } }",
    })
    void onlyTheListedHostAndPortAreReached(String form) throws Exception {
        int before = listener.requests() + other.requests();
        String query = form.replace("@OTHER@", other.url("sparql"))
                .replace("@LOCALHOST@", "http://localhost:" + listener.port() + "/sparql")
                .replace(ENDPOINT, listener.url("sparql"));
        HttpResponse<String> r = send(federating, HttpRequest.newBuilder(queryUri(federating, query)));
        assertEquals(400, r.statusCode(), query + " -> " + r.body());
        assertTrue(r.body().contains("refused"), r.body());
        assertEquals(before, listener.requests() + other.requests());
    }

    @Test
    void remoteFailureIsNotQuoted() throws Exception {
        String query = "SELECT * { SERVICE <" + listener.url("text") + "> { ?s ?p ?o } }";
        HttpResponse<String> r = send(federating, HttpRequest.newBuilder(queryUri(federating, query)));
        assertEquals(502, r.statusCode(), r.body());
        assertFalse(r.body().contains(LocalListener.SECRET), r.body());
        assertFalse(r.body().contains("abc123"), r.body());
        assertTrue(r.body().contains("HTTP 500"), r.body());
    }

    private static URI queryUri(SparqlServer server, String query) {
        return URI.create(server.endpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(SparqlServer server, HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
