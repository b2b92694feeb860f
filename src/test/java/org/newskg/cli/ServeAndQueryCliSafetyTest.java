package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.store.Fixtures;
import org.newskg.store.KgStore;

/**
 * The command line's side of issue 10: {@code query} makes no SERVICE call unless
 * {@code --allow-service} names the host (a real listener on 127.0.0.1 counts requests), and
 * {@code serve --host} refuses addresses that are not this machine's, and warns for one that
 * is not loopback, each in one line.
 */
class ServeAndQueryCliSafetyTest {

    @TempDir
    Path tmp;

    private Path store;
    private HttpServer listener;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        store = tmp.resolve("store");
        try (KgStore s = KgStore.open(store)) {
            Fixtures.load(s);
        }
        listener = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        listener.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("{\"head\":{\"vars\":[\"o\"]},\"results\":{\"bindings\":[{\"o\":{\"type\":\"literal\","
                    + "\"value\":\"from-the-listener\"}}]}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        listener.start();
    }

    @AfterEach
    void tearDown() {
        listener.stop(0);
    }

    private String endpoint() {
        return "http://127.0.0.1:" + listener.getAddress().getPort() + "/sparql";
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { SERVICE <@E@> { ?s ?p ?o } }",
        "SELECT * { SERVICE SILENT <@E@> { ?s ?p ?o } }",
        "SELECT * { VALUES ?e { <@E@> } SERVICE ?e { ?s ?p ?o } }",
    })
    void queryRefusesServiceByDefault(String form) {
        CliRun r = CliRun.of(UnaryOperator.identity(), "query", "--store", store.toString(), form.replace("@E@", endpoint()));
        assertEquals(Errors.FAILURE, r.status(), r.toString());
        assertEquals(1, r.err().lines().count(), r.toString());
        assertTrue(r.err().contains("SERVICE") && r.err().contains("refused"), r.toString());
        assertTrue(r.noStackTrace(), r.toString());
        assertEquals(0, requests.get(), "requests that reached the listener");
    }

    @Test
    void queryReachesAnAllowedHost() {
        String q = "SELECT ?o { SERVICE <" + endpoint() + "> { ?s ?p ?o } }";
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CliRun r;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            r = CliRun.of(UnaryOperator.identity(), "query", "--store", store.toString(), "--format", "csv",
                    "--allow-service", "127.0.0.1", q);
        } finally {
            System.setOut(saved);
        }
        assertEquals(Errors.OK, r.status(), r.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("from-the-listener"), out.toString(StandardCharsets.UTF_8));
        assertEquals(1, requests.get());

        CliRun other = CliRun.of(UnaryOperator.identity(), "query", "--store", store.toString(),
                "--allow-service", "localhost", q);
        assertEquals(Errors.FAILURE, other.status(), other.toString());
        assertEquals(1, requests.get(), "localhost allowed does not allow 127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonsense.invalid", "192.0.2.7"})
    void serveRefusesAHostThatIsNotThisMachine(String host) {
        CliRun r = CliRun.of(UnaryOperator.identity(), "serve", "--store", store.toString(), "--port", "0", "--host", host);
        assertEquals(Errors.FAILURE, r.status(), r.toString());
        assertEquals(List.of(r.err().lines().findFirst().orElse("")), r.err().lines().toList(), r.toString());
        assertTrue(r.err().startsWith("newskg: --host " + host), r.toString());
        assertTrue(r.noStackTrace(), r.toString());
    }

    @Test
    void serveWarnsForANonLoopbackAddress() throws Exception {
        Optional<InetAddress> lan = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress() && a.getAddress().length == 4).findFirst();
        Assumptions.assumeTrue(lan.isPresent(), "no non-loopback IPv4 address here");
        String host = lan.get().getHostAddress();
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(lan.get(), 0));
            // the port is taken, so serve stops right after the warning instead of serving
            CliRun r = CliRun.of(UnaryOperator.identity(), "serve", "--store", store.toString(),
                    "--host", host, "--port", Integer.toString(busy.getLocalPort()));
            assertTrue(r.err().startsWith("newskg: warning: --host " + host), r.toString());
            assertTrue(r.err().contains("cannot start the SPARQL server on " + host + ":" + busy.getLocalPort()), r.toString());
            assertEquals(Errors.FAILURE, r.status(), r.toString());
        }
    }
}
