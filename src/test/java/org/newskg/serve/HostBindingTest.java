package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.store.Fixtures;
import org.newskg.store.KgStore;

/** {@code --host} binds exactly the address asked for, prints a URL that works, and refuses the rest. */
class HostBindingTest {

    @TempDir
    static Path tmp;

    private static KgStore store;

    @BeforeAll
    static void open() {
        store = KgStore.open(tmp);
        Fixtures.load(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void secondLoopbackAddressIsBoundAlone() throws Exception {
        try (SparqlServer server = start("127.0.0.2")) {
            assertEquals("http://127.0.0.2:" + server.port() + "/newskg/sparql", server.endpoint());
            assertEquals(200, ask(server.endpoint()));
            assertFalse(listening("127.0.0.1", server.port()), "127.0.0.1 must not answer");
        }
    }

    @Test
    void defaultHostIsIpv4LoopbackOnly() throws Exception {
        try (SparqlServer server = SparqlServer.start(store, ServerSettings.defaults().withPort(0))) {
            assertEquals(200, ask(server.endpoint()));
            assertFalse(listening("127.0.0.2", server.port()), "127.0.0.2 must not answer");
        }
    }

    @Test
    void ipv6LoopbackIsBoundWithABracketedUrl() throws Exception {
        Assumptions.assumeTrue(ipv6Loopback(), "no IPv6 loopback here");
        try (SparqlServer server = start("::1")) {
            assertEquals("http://[::1]:" + server.port() + "/newskg/sparql", server.endpoint());
            assertEquals(200, ask(server.endpoint()));
            assertFalse(listening("127.0.0.1", server.port()), "IPv4 loopback must not answer");
        }
        try (SparqlServer server = start("[::1]")) {
            assertEquals(200, ask(server.endpoint()));
        }
    }

    @Test
    void localhostNameBindsALoopbackAddressAndPrintsIt() throws Exception {
        try (SparqlServer server = start("localhost")) {
            assertTrue(server.endpoint().startsWith("http://127.0.0.1:") || server.endpoint().startsWith("http://[::1]:"),
                    server.endpoint());
            assertEquals(200, ask(server.endpoint()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.7", "nonsense.invalid", "8.8.8.8", "2001:db8::1", ""})
    void addressesNotOfThisMachineAreRefusedWithOneLine(String host) {
        ServerException e = assertThrows(ServerException.class, () -> start(host));
        assertTrue(e.getMessage().startsWith("--host"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void wildcardMeansEveryInterfaceAndIsNotLoopback() {
        BindAddress any = BindAddress.resolve("0.0.0.0");
        assertTrue(any.wildcard());
        assertFalse(any.loopback());
        assertEquals("127.0.0.1", any.urlHost());
        assertTrue(BindAddress.resolve("127.0.0.1").loopback());
    }

    private static SparqlServer start(String host) {
        return SparqlServer.start(store, ServerSettings.defaults().withPort(0).withHost(host));
    }

    private static boolean listening(String address, int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getByName(address), port), 2000);
            return true;
        } catch (ConnectException e) {
            return false;
        }
    }

    private static boolean ipv6Loopback() {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int ask(String endpoint) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create(endpoint + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
