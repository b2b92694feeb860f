package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.store.KgStore;

/**
 * Limits that hold, over real HTTP against real Fuseki: the query size limit (413), the time
 * limit over parsing, REGEX and REPLACE, and streaming (never a 200 with a broken body), and
 * malformed or pathological requests answered with 400 and no stack trace in the log.
 */
class LimitsTest {

    private static final long TIMEOUT_MILLIS = 1000;
    private static final int LABELS = 600;

    @TempDir
    static Path tmp;

    private static KgStore store;
    private static SparqlServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        store = KgStore.open(tmp);
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < LABELS; i++) {
            g.add(NodeFactory.createURI("urn:x:" + i), RDFS.label.asNode(), NodeFactory.createLiteralString("label " + i));
        }
        store.putDocument("https://w3id.org/newskg/doc/labels", g, GraphFactory.createDefaultGraph());
        server = SparqlServer.start(store, ServerSettings.defaults().withPort(0).withTimeoutMillis(TIMEOUT_MILLIS));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void queryOverTheSizeLimitIs413() throws Exception {
        String big = padded(ServerSettings.DEFAULT_MAX_QUERY_BYTES + 10);
        assertEquals(413, send(post("application/sparql-query", big)).statusCode());
        assertEquals(413, send(post("application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(big, StandardCharsets.UTF_8))).statusCode());
        String justUnder = padded(ServerSettings.DEFAULT_MAX_QUERY_BYTES - 100);
        assertEquals(200, send(post("application/sparql-query", justUnder)).statusCode());
        assertEquals(200, send(post("application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(justUnder, StandardCharsets.UTF_8))).statusCode());
    }

    @Test
    void smallerLimitHoldsForGetToo() throws Exception {
        try (SparqlServer small = SparqlServer.start(store, ServerSettings.defaults().withPort(0).withMaxQueryBytes(2000))) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(small.endpoint() + "?query="
                    + URLEncoder.encode(padded(2500), StandardCharsets.UTF_8))));
            assertEquals(413, r.statusCode(), r.body());
            HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(small.endpoint() + "?query="
                    + URLEncoder.encode(padded(1500), StandardCharsets.UTF_8))));
            assertEquals(200, ok.statusCode(), ok.body());
        }
    }

    @Test
    void timeoutCoversParsing() throws Exception {
        StringBuilder q = new StringBuilder("SELECT * {");
        // about 200 KB (under the 256 KB limit) that takes far longer than 1 ms to parse, even on
        // an idle machine with the parser warm: the answer must be the timeout, never a result
        for (int i = 0; i < 8000; i++) {
            q.append(i > 0 ? " UNION " : "").append("{ ?s <urn:p> ").append(i).append(" }");
        }
        q.append('}');
        assertTrue(q.length() < 256 * 1024, "under the default query size limit: " + q.length());
        try (SparqlServer quick = SparqlServer.start(store, ServerSettings.defaults().withPort(0).withTimeoutMillis(1))) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(quick.endpoint()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(q.toString())));
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("timed out"), r.body());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { VALUES ?x { \"@LONG@\" } FILTER REGEX(?x, \"(.*a){12}$\") }",
        "SELECT * { VALUES ?x { \"@LONG@\" } BIND(REGEX(?x, \"(.*A){12}$\", \"i\") AS ?m) }",
        "SELECT (REPLACE(?x, \"(.*a){12}$\", \"b\") AS ?y) { VALUES ?x { \"@LONG@\" } }",
        "SELECT * { BIND(REGEX(\"@LONG@\", \"(.*a){12}$\") AS ?m) }",
        "ASK { ?s ?p ?o FILTER REGEX(CONCAT(\"@LONG@\", STR(?o)), \"(.*a){12}$\") }",
    })
    void timeoutCoversRegexAndReplace(String template) throws Exception {
        // (.*a){12}$ backtracks polynomially (n^12): Java's regex engine memoizes (a+)+ but not this
        String query = template.replace("@LONG@", "a".repeat(60) + "!");
        long start = System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(query)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(millis < TIMEOUT_MILLIS + 4000, "took " + millis + " ms");
    }

    @Test
    void guardedRegexKeepsItsMeaning() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l "
                + "FILTER REGEX(?l, \"^LABEL 1.$\", \"i\") FILTER(REPLACE(?l, \"(\\\\d)\", \"<$1>\") != ?l) }";
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(q)).header("Accept", "text/csv"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("n\r\n10\r\n", r.body());
    }

    @Test
    void resultsThatOutliveTheLimitAreNeverA200WithABrokenBody() throws Exception {
        String cross = "SELECT * { ?a ?b ?c . ?d ?e ?f }";
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(cross)).header("Accept", "application/sparql-results+json"));
        if (r.statusCode() == 200) {
            int rows = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON).rewindable().size();
            assertEquals(LABELS * LABELS, rows);
        } else {
            assertEquals(503, r.statusCode(), r.body());
        }
    }

    @Test
    void resultsOverTheRowLimitAre503() throws Exception {
        try (SparqlServer small = SparqlServer.start(store, ServerSettings.defaults().withPort(0).withMaxResultRows(1000))) {
            HttpResponse<String> over = send(HttpRequest.newBuilder(URI.create(small.endpoint() + "?query="
                    + URLEncoder.encode("SELECT * { ?a ?b ?c . ?d ?e ?f }", StandardCharsets.UTF_8))));
            assertEquals(503, over.statusCode(), over.body());
            assertTrue(over.body().contains("more than 1000 rows"), over.body());
            HttpResponse<String> under = send(HttpRequest.newBuilder(URI.create(small.endpoint() + "?query="
                    + URLEncoder.encode("SELECT * { ?a ?b ?c }", StandardCharsets.UTF_8))).header("Accept", "text/csv"));
            assertEquals(200, under.statusCode());
            assertEquals(LABELS + 1, under.body().lines().count());
        }
    }

    @Test
    void badEncodingIs400WithoutAStackTrace() throws Exception {
        String log = capturingStderr(() -> {
            for (String raw : new String[] {"%ZZ", "SELECT%20*%20%7B%7D%C3%28", "%", "SELECT+%FF+*"}) {
                assertEquals(400, rawGetStatus("/newskg/sparql?query=" + raw), raw);
                HttpResponse<String> form = send(post("application/x-www-form-urlencoded", "query=" + raw));
                assertEquals(400, form.statusCode(), raw + " -> " + form.body());
            }
            byte[] badUtf8 = {'A', 'S', 'K', ' ', '{', (byte) 0xC3, (byte) 0x28, '}'};
            HttpResponse<String> body = send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(badUtf8)));
            assertEquals(400, body.statusCode(), body.body());
        });
        assertNoStackTrace(log);
    }

    @Test
    void pathologicalQueriesAre400WithoutAStackTrace() throws Exception {
        String log = capturingStderr(() -> {
            StringBuilder union = new StringBuilder("SELECT * {");
            for (int i = 0; i < 10_000; i++) {
                union.append(i > 0 ? " UNION " : "").append("{?s <urn:p> ").append(i).append('}');
            }
            StringBuilder and = new StringBuilder("SELECT * { ?s ?p ?o FILTER(");
            for (int i = 0; i < 15_000; i++) {
                and.append("?o != ").append(i).append(" && ");
            }
            for (String q : new String[] {union.append('}').toString(), and.append("true) }").toString(),
                    "SELECT * {" + "{".repeat(5000) + "}".repeat(5000) + "}"}) {
                assertTrue(q.length() < ServerSettings.DEFAULT_MAX_QUERY_BYTES, "within the size limit");
                HttpResponse<String> r = send(post("application/sparql-query", q));
                assertEquals(400, r.statusCode(), r.body());
                assertTrue(r.body().contains("nested too deeply"), r.body());
            }
        });
        assertNoStackTrace(log);
    }

    private static void assertNoStackTrace(String log) {
        assertFalse(log.contains("\tat ") || log.contains("Exception") || log.contains("Error:"), log);
    }

    interface Action {
        void run() throws Exception;
    }

    /** Runs requests while the log (slf4j-simple writes to System.err) goes to a buffer; returns it. */
    private static String capturingStderr(Action action) throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** An ASK query of about n bytes: a comment pads it. */
    private static String padded(long n) {
        String head = "ASK { ?s ?p ?o }\n#";
        return head + "x".repeat((int) (n - head.length()));
    }

    /** The status of a GET sent as raw bytes: the JDK client will not send a malformed URL. */
    private static int rawGetStatus(String target) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    private static URI uri(String query) {
        return URI.create(server.endpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder post(String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(server.endpoint())).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** On a connection of its own: Jetty closes one after refusing a body it did not read. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
