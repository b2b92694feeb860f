package org.newskg.serve;

import org.newskg.store.Fixtures;
import org.newskg.store.KgStore;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Test fixture (real parts): the hand-made small store in a real TDB2 folder, served by the real
 * server on a free loopback port, and an HTTP client for it. Closing stops the server, then the store.
 */
final class ServedFixtureStore implements AutoCloseable {

    final KgStore store;
    final SparqlServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServedFixtureStore(KgStore store, SparqlServer server) {
        this.store = store;
        this.server = server;
    }

    /** Opens a store in {@code dir}/store, loads the small fixture and serves it with the default settings. */
    static ServedFixtureStore start(Path dir) throws IOException {
        KgStore store = KgStore.open(Files.createDirectories(dir.resolve("store")));
        try {
            Fixtures.loadSmallStore(store);
            return new ServedFixtureStore(store, SparqlServer.start(store, ServerSettings.defaults().withPort(0)));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
