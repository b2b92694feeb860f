package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Required;

/**
 * The browser page: its files over HTTP from the real server, and (when Chromium is installed)
 * the page rendered by headless Chromium against the hand-made fixture store.
 */
class WebPageTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path tmp;

    private static ServedFixtureStore served;
    private static SparqlServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        served = ServedFixtureStore.start(tmp);
        server = served.server;
        http = served.http;
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void rootServesThePageWithItsScriptAndStyle() throws Exception {
        HttpResponse<String> r = get("");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/html"), contentType(r));
        assertTrue(r.body().contains("<script src=\"app.js\""), r.body());
        assertTrue(r.body().contains("href=\"style.css\""), r.body());
        assertTrue(r.body().contains("<textarea"), "the SPARQL box");
        assertTrue(r.body().contains("id=\"search-input\""), "the search box");
    }

    @Test
    void scriptIsServedAsJavaScript() throws Exception {
        HttpResponse<String> r = get("app.js");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).contains("javascript"), contentType(r));
        assertTrue(r.body().contains("newskg/sparql"), "the script queries the endpoint relative to the page");
    }

    @Test
    void styleIsServedAsCss() throws Exception {
        HttpResponse<String> r = get("style.css");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/css"), contentType(r));
    }

    @Test
    void pageUsesNoExternalResources() throws Exception {
        for (String file : List.of("", "app.js", "style.css")) {
            String body = get(file).body();
            assertFalse(body.matches("(?s).*(src|href)=\"(https?:)?//.*"), file + " loads something from the network");
            assertFalse(body.contains("@import"), file);
            assertFalse(body.contains("innerHTML"), file + " must build the DOM without innerHTML");
        }
    }

    @Test
    void chromiumRendersSearchAndEntityView() throws Exception {
        Required.that(Files.isExecutable(CHROMIUM), "no " + CHROMIUM);
        String url = server.baseUrl() + "#search=WikiLeaks&open=first";

        String dom = chromium(List.of("--dump-dom", url));
        assertTrue(dom.contains("solicited"), dom);
        assertTrue(dom.contains("eldest son"), dom);
        assertTrue(dom.contains("Donald Trump Jr."), "the object's label");
        assertTrue(dom.contains("<svg"), "the neighbourhood graph");
        assertTrue(dom.contains("Strongly suggest your dad tweets this link"), "WikiLeaks' quote");
        assertTrue(dom.contains("2016-10-12"), "the dated fact on the timeline");
        assertTrue(dom.contains("<mark class=\"hl-self\">Wikileaks</mark>"), "the mention is highlighted");
        assertFalse(dom.contains(">null<") || dom.contains("undefined"), "no stray null or undefined in the page");

        Path shot = Path.of("target", "web-page.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        chromium(List.of("--screenshot=" + shot, "--window-size=1280,1600", "--hide-scrollbars", url));
        assertTrue(Files.size(shot) > 10_000, "screenshot " + shot);
    }

    @Test
    void chromiumShowsSparqlErrorsAsText() throws Exception {
        Required.that(Files.isExecutable(CHROMIUM), "no " + CHROMIUM);
        String bad = "SELECT ?s WHERE { ?s <b>";
        String url = server.baseUrl() + "#sparql=" + java.net.URLEncoder.encode(bad, StandardCharsets.UTF_8)
                .replace("+", "%20");
        String dom = chromium(List.of("--dump-dom", url));
        assertTrue(dom.contains("HTTP 400"), dom);
        assertTrue(dom.contains("Parse error") || dom.contains("Encountered"), dom);
    }

    /** Runs headless Chromium with the common flags plus {@code args}; returns its standard output. */
    private static String chromium(List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "chromium");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--virtual-time-budget=10000"));
        command.addAll(args);
        Path out = profile.resolve("stdout.txt");
        Path err = profile.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(err));
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + readQuietly(err));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }
}
