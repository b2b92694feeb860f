package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.Fixtures;
import org.newskg.store.KgStore;

/**
 * What held before the limits and must still hold with them (buffered answers, guarded REGEX):
 * 8 clients sending 25 queries each get 25 right answers each while a cartesian product runs
 * into the time limit, which stops it with 503.
 */
class ConcurrencyTest {

    private static final String LABELS = "SELECT ?l WHERE { <https://w3id.org/newskg/id/organization/wikileaks> "
            + "<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER REGEX(?l, \"^wiki\", \"i\") }";

    @TempDir
    Path tmp;

    @Test
    void eightClientsTimesTwentyFiveQueriesWhileACartesianProductTimesOut() throws Exception {
        try (KgStore store = KgStore.open(tmp)) {
            Fixtures.load(store);
            Graph g = GraphFactory.createDefaultGraph();
            for (int i = 0; i < 2000; i++) {
                g.add(NodeFactory.createURI("urn:x:" + i), RDFS.label.asNode(), NodeFactory.createLiteralString("x" + i));
            }
            store.putDocument("https://w3id.org/newskg/doc/many", g, GraphFactory.createDefaultGraph());
            try (SparqlServer server = SparqlServer.start(store, ServerSettings.defaults().withPort(0).withTimeoutMillis(2000))) {
                ExecutorService pool = Executors.newFixedThreadPool(9);
                try {
                    Future<HttpResponse<String>> cross = pool.submit(() -> get(server,
                            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "text/csv"));
                    List<Future<Integer>> clients = new ArrayList<>();
                    for (int c = 0; c < 8; c++) {
                        clients.add(pool.submit(() -> {
                            int ok = 0;
                            for (int q = 0; q < 25; q++) {
                                HttpResponse<String> r = get(server, LABELS, "text/csv");
                                if (r.statusCode() == 200 && r.body().equals("l\r\nWikiLeaks\r\n")) {
                                    ok++;
                                }
                            }
                            return ok;
                        }));
                    }
                    for (Future<Integer> client : clients) {
                        assertEquals(25, client.get(120, TimeUnit.SECONDS), "right answers of one client");
                    }
                    HttpResponse<String> stopped = cross.get(120, TimeUnit.SECONDS);
                    assertEquals(503, stopped.statusCode(), stopped.body());
                    assertTrue(stopped.body().contains("timed out"), stopped.body());
                } finally {
                    pool.shutdownNow();
                }
            }
        }
    }

    private static HttpResponse<String> get(SparqlServer server, String query, String accept) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI uri = URI.create(server.endpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).header("Accept", accept).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
