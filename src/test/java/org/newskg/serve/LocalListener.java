package org.newskg.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP listener on 127.0.0.1 that stands for a service the SPARQL server must not
 * reach: it counts every request and answers {@code /sparql} with one SPARQL JSON row and
 * anything else with HTTP 500 and a secret in the body.
 */
final class LocalListener implements AutoCloseable {

    static final String SECRET = "INTERNAL-SECRET-TOKEN=abc123";
    static final String ROW_VALUE = "remote-row";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    LocalListener() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            boolean sparql = exchange.getRequestURI().getPath().equals("/sparql");
            byte[] body = (sparql
                    ? "{\"head\":{\"vars\":[\"o\"]},\"results\":{\"bindings\":[{\"o\":{\"type\":\"literal\",\"value\":\""
                            + ROW_VALUE + "\"}}]}}"
                    : SECRET).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", sparql ? "application/sparql-results+json" : "text/plain");
            exchange.sendResponseHeaders(sparql ? 200 : 500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** http://127.0.0.1:PORT/PATH */
    String url(String path) {
        return "http://127.0.0.1:" + port() + "/" + path;
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
