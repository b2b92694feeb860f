package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

/** The server's query time limit stops a runaway query. */
class ServerTimeoutTest {

    @TempDir
    Path tmp;

    @Test
    void slowQueryIsStopped() throws Exception {
        try (KgStore store = KgStore.open(tmp)) {
            Graph g = GraphFactory.createDefaultGraph();
            for (int i = 0; i < 2000; i++) {
                g.add(NodeFactory.createURI("urn:x:" + i), RDFS.label.asNode(), NodeFactory.createLiteralString("x" + i));
            }
            store.putDocument("https://w3id.org/newskg/doc/many", g, GraphFactory.createDefaultGraph());
            ServerSettings settings = ServerSettings.defaults().withPort(0).withTimeoutMillis(300);
            try (SparqlServer server = SparqlServer.start(store, settings)) {
                String cross = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
                URI uri = URI.create(server.endpoint() + "?query=" + URLEncoder.encode(cross, StandardCharsets.UTF_8));
                long start = System.nanoTime();
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(r.statusCode() >= 500 || r.statusCode() == 400, "status " + r.statusCode());
                assertTrue(millis < 20_000, "took " + millis + " ms");
            }
        }
    }
}
