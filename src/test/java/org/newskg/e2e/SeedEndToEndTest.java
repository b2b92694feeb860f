package org.newskg.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.IngestListener;
import org.newskg.IngestReport;
import org.newskg.NewsKg;
import org.newskg.SharedPipeline;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.query.SparqlRunner;
import org.newskg.serve.ServerSettings;
import org.newskg.serve.SparqlServer;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end on real parts: the seed article through the real CoreNLP models into a real TDB2
 * store on disk, read back through SPARQL, N-Quads export, and a real Fuseki on loopback over HTTP.
 */
@ExtendWith(SharedPipeline.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedEndToEndTest {

    private static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/newskg/ont#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            """;

    private NewsKg kg;
    private String seedText;
    private IngestReport first;

    @BeforeAll
    void ingestSeed(CoreNlpAnnotator nlp, @TempDir Path dir) throws Exception {
        Path seed = Path.of("data/seed-article.txt");
        seedText = Files.readString(seed);
        kg = NewsKg.builder().store(dir.resolve("store")).annotator(nlp).threads(1).build();
        first = kg.ingest(List.of(seed), IngestListener.NONE);
    }

    private ResultSetRewindable select(String body) {
        return new SparqlRunner().select(kg.store(), PREFIXES + body);
    }

    @AfterAll
    void close() {
        kg.close();
    }

    @Test
    void storesTheSeedArticle() {
        assertEquals(1, first.stored());
        assertTrue(first.failed().isEmpty(), first.failed().toString());
        assertTrue(first.facts() > 10, "facts: " + first.facts());
    }

    @Test
    void trumpJuniorHasHisCanonicalNameAndShortForm() {
        ResultSetRewindable rs = select("""
                SELECT ?e WHERE { ?e a nkg:Person ; rdfs:label "Donald Trump Jr." ; skos:altLabel "Trump Jr." }""");
        assertEquals(1, rs.size());
    }

    @Test
    void wikiLeaksSolicitedTrumpJuniorWithProvableEvidence() {
        ResultSetRewindable rs = select("""
                SELECT ?text ?b ?e WHERE {
                  ?w rdfs:label ?wl . FILTER(LCASE(?wl) = "wikileaks")
                  ?j rdfs:label "Donald Trump Jr." .
                  ?w nkg:solicited ?j .
                  ?st rdf:subject ?w ; rdf:predicate nkg:solicited ; rdf:object ?j ; prov:wasDerivedFrom ?s .
                  ?s a nif:Sentence ; nif:anchorOf ?text ; nif:beginIndex ?b ; nif:endIndex ?e .
                  FILTER(CONTAINS(?text, "eldest son"))
                }""");
        assertTrue(rs.hasNext(), "no solicited statement with the 'eldest son' sentence");
        QuerySolution row = rs.next();
        int b = row.getLiteral("b").getInt();
        int e = row.getLiteral("e").getInt();
        int from = seedText.offsetByCodePoints(0, b);
        int to = seedText.offsetByCodePoints(from, e - b);
        assertEquals(row.getLiteral("text").getString(), seedText.substring(from, to),
                "NIF offsets must give back the sentence from the original text");
    }

    @Test
    void penceIsQuoted() {
        ResultSetRewindable rs = select("""
                SELECT ?t WHERE { ?q a nkg:Quote ; nkg:speaker ?p ; nkg:text ?t . ?p rdfs:label "Mike Pence" }""");
        List<String> quotes = new java.util.ArrayList<>();
        rs.forEachRemaining(row -> quotes.add(row.getLiteral("t").getString()));
        // he may have more than one quote (the words "in cahoots" are attributed to him too): any order
        assertTrue(quotes.stream().anyMatch(t -> t.contains("Nothing could be further from the truth")),
                quotes.toString());
    }

    @Test
    void assangeFoundedWikiLeaks() {
        ResultSetRewindable rs = select("""
                SELECT * WHERE { ?a rdfs:label "Julian Assange" ; nkg:founderOf ?w . ?w rdfs:label ?l
                FILTER(LCASE(?l) = "wikileaks") }""");
        assertTrue(rs.hasNext());
    }

    @Test
    void reingestingTheSameFileChangesNothing() {
        long before = kg.store().stats().triples();
        IngestReport again = kg.ingest(List.of(Path.of("data/seed-article.txt")), IngestListener.NONE);
        assertEquals(0, again.stored());
        assertEquals(1, again.unchanged());
        assertEquals(before, kg.store().stats().triples());
    }

    @Test
    void exportedNQuadsParseBackWithTheSameQuads() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kg.export(out, "nq", Optional.empty());
        DatasetGraph back = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.NQUADS).parse(back);
        long quads = org.apache.jena.system.Txn.calculateRead(kg.store().datasetGraph(),
                () -> kg.store().datasetGraph().stream().count());
        assertEquals(quads, back.stream().count());
    }

    @Test
    void fusekiAnswersOverHttpOnLoopback() throws Exception {
        try (SparqlServer server = kg.serve(ServerSettings.defaults().withPort(0))) {
            assertTrue(server.endpoint().startsWith("http://127.0.0.1:"), server.endpoint());
            String q = PREFIXES + """
                    SELECT ?founder (COUNT(*) AS ?n) WHERE { ?a nkg:founderOf ?o ; rdfs:label ?founder }
                    GROUP BY ?founder ORDER BY ?founder""";
            HttpRequest req = HttpRequest.newBuilder(URI.create(server.endpoint() + "?query="
                            + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").GET().build();
            HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, resp.statusCode(), resp.body());
            JsonNode json = new ObjectMapper().readTree(resp.body());
            assertEquals(List.of("founder", "n"), List.copyOf(
                    new ObjectMapper().convertValue(json.path("head").path("vars"), List.class)), resp.body());
            Map<String, Long> overHttp = new TreeMap<>();
            for (JsonNode row : json.path("results").path("bindings")) {
                JsonNode n = row.path("n");
                assertEquals("http://www.w3.org/2001/XMLSchema#integer", n.path("datatype").asText(), resp.body());
                overHttp.put(row.path("founder").path("value").asText(), Long.parseLong(n.path("value").asText()));
            }
            Map<String, Long> inStore = new TreeMap<>();
            select(q.substring(PREFIXES.length())).forEachRemaining(row ->
                    inStore.put(row.getLiteral("founder").getString(), row.getLiteral("n").getLong()));
            assertTrue(overHttp.getOrDefault("Julian Assange", 0L) >= 1, "no founderOf for Assange over HTTP: " + resp.body());
            assertEquals(inStore, overHttp, "Fuseki must answer what the store holds");
        }
    }

    @Test
    void theStoreConformsToTheShapes() {
        var outcome = kg.validateStore();
        assertTrue(outcome.conforms(), outcome.toText());
    }
}
