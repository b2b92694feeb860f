package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.Fixtures;
import org.newskg.store.KgStore;

/**
 * Cross-origin reads over real HTTP: by default no origin (not even {@code null}) gets a CORS
 * header; with {@code --cors} only the named origin does, for GET and POST queries, never with
 * credentials, and never for writes or other methods.
 */
class CorsTest {

    private static final String ASK = "ASK { ?s ?p ?o }";
    private static final String ALLOWED = "http://127.0.0.1:8081";
    private static final String FOREIGN = "http://127.0.0.1:9999";

    @TempDir
    static Path tmp;

    private static KgStore store;
    private static SparqlServer closed;
    private static SparqlServer open;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        store = KgStore.open(tmp);
        Fixtures.load(store);
        closed = SparqlServer.start(store, ServerSettings.defaults().withPort(0));
        open = SparqlServer.start(store, ServerSettings.defaults().withPort(0).withCorsOrigins(List.of(ALLOWED)));
    }

    @AfterAll
    static void stop() {
        open.close();
        closed.close();
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {FOREIGN, "null", "http://evil.example", ALLOWED})
    void defaultServerSendsNoCorsHeaderToAnyOrigin(String origin) throws Exception {
        HttpResponse<String> get = send(HttpRequest.newBuilder(queryUri(closed)).header("Origin", origin));
        assertEquals(200, get.statusCode());
        assertNoCors(get);
        HttpResponse<String> preflight = send(preflight(closed, origin, "POST"));
        assertNoCors(preflight);
    }

    @Test
    void namedOriginMayReadGetAndPostQueries() throws Exception {
        HttpResponse<String> get = send(HttpRequest.newBuilder(queryUri(open)).header("Origin", ALLOWED));
        assertEquals(200, get.statusCode());
        assertEquals(Optional.of(ALLOWED), get.headers().firstValue("Access-Control-Allow-Origin"));
        assertTrue(get.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), get.headers().toString());

        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(open.endpoint())).header("Origin", ALLOWED)
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(ASK)));
        assertEquals(200, post.statusCode());
        assertEquals(Optional.of(ALLOWED), post.headers().firstValue("Access-Control-Allow-Origin"));

        HttpResponse<String> preflight = send(preflight(open, ALLOWED, "POST"));
        assertEquals(204, preflight.statusCode());
        assertEquals(Optional.of(ALLOWED), preflight.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(Optional.of("GET, POST"), preflight.headers().firstValue("Access-Control-Allow-Methods"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {FOREIGN, "null", "http://127.0.0.1:8081.evil.example", "https://127.0.0.1:8081"})
    void otherOriginsGetNothingFromTheOpenServer(String origin) throws Exception {
        assertNoCors(send(HttpRequest.newBuilder(queryUri(open)).header("Origin", origin)));
        assertNoCors(send(preflight(open, origin, "GET")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void otherMethodsAreNotAllowedEvenForTheNamedOrigin(String method) throws Exception {
        HttpResponse<String> preflight = send(preflight(open, ALLOWED, method));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), preflight.headers().toString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").isEmpty());
    }

    @Test
    void credentialedHeadersAreNotAllowed() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(open.endpoint()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), preflight.headers().toString());
    }

    @Test
    void dnsRebindingIsRefused() throws Exception {
        for (String host : List.of("evil.example", "evil.example:" + closed.port(), "127.0.0.1.nip.io")) {
            assertEquals(421, rawStatus(closed.port(), host), host);
        }
        for (String host : List.of("127.0.0.1:" + closed.port(), "localhost:" + closed.port(), "localhost", "[::1]:" + closed.port())) {
            assertEquals(200, rawStatus(closed.port(), host), host);
        }
    }

    /** A GET with a chosen Host header (the JDK client will not set one). */
    private static int rawStatus(int port, String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            String target = "/newskg/sparql?query=" + URLEncoder.encode(ASK, StandardCharsets.UTF_8);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void originsAreChecked() {
        assertEquals("http://localhost:8080", CorsFilter.origin("HTTP://LocalHost:8080/"));
        for (String bad : List.of("*", "null", "localhost:8080", "http://a.example/path", "file:///x", "http://u@a.example")) {
            assertThrows(IllegalArgumentException.class, () -> CorsFilter.origin(bad), bad);
        }
    }

    private static void assertNoCors(HttpResponse<String> r) {
        for (String h : List.of("Access-Control-Allow-Origin", "Access-Control-Allow-Credentials",
                "Access-Control-Allow-Methods")) {
            assertTrue(r.headers().firstValue(h).isEmpty(), h + " in " + r.headers());
        }
    }

    private static HttpRequest.Builder preflight(SparqlServer server, String origin, String method) {
        return HttpRequest.newBuilder(URI.create(server.endpoint()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", method);
    }

    private static URI queryUri(SparqlServer server) {
        return URI.create(server.endpoint() + "?query=" + URLEncoder.encode(ASK, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
