package org.newskg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Required;
import org.newskg.rdf.Vocab;
import org.newskg.store.Fixtures;
import org.newskg.store.KgStore;
import org.newskg.store.PeerTools;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * {@code export --format wa} over the hand-made store: one annotation per statement, whose
 * quote is the statement's sentence and whose offsets select it from the document's text. The
 * JSON-LD is read back by Jena and rdflib with the W3C context served from a local copy of
 * the terms it uses ({@code fixtures/anno-context.jsonld}), as the tests run offline.
 */
class WebAnnotationsTest {

    private static final String LOCAL_CONTEXT = "fixtures/anno-context.jsonld";
    private static final String PREFIXES = """
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    /** Puts the local context in place of the W3C one, parses with rdflib, prints the count, writes N-Triples. */
    private static final String RDFLIB = """
            import sys, json, rdflib
            rdflib.NORMALIZE_LITERALS = False
            annotations = json.load(open(sys.argv[1], encoding="utf-8"))
            local = json.load(open(sys.argv[2], encoding="utf-8"))["@context"]
            for a in annotations:
                a["@context"] = [local if c == sys.argv[3] else c for c in a["@context"]]
            g = rdflib.Graph()
            g.parse(data=json.dumps(annotations), format="json-ld")
            g.serialize(destination=sys.argv[4], format="nt", encoding="utf-8")
            print(len(g))
            """;

    @TempDir
    static Path tmp;

    private static KgStore store;
    private static DatasetGraph fixture;
    private static String json;
    private static Graph parsed;

    @BeforeAll
    static void export() throws IOException {
        store = KgStore.open(Files.createDirectories(tmp.resolve("store")));
        Fixtures.loadSmallStore(store);
        fixture = Fixtures.smallStore();
        json = export(Optional.empty());
        parsed = jenaRead(json);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void oneAnnotationPerStatement() {
        long statements = fixture.stream(Node.ANY, Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()).count();
        assertEquals(9, statements, "the fixture's statements");
        assertEquals(statements, array(json).size());
        assertEquals(statements, rows("SELECT ?a { ?a a oa:Annotation }").size());
        assertEquals(statements, rows("SELECT DISTINCT ?b { ?a oa:hasBody ?b . ?b a rdf:Statement }").size());
        for (JsonObject a : array(json).getValuesAs(JsonObject.class)) {
            assertEquals(WebAnnotations.ANNO_CONTEXT, a.getJsonArray("@context").getString(0), "W3C context first");
            assertEquals("Annotation", a.getString("type"));
            assertEquals("describing", a.getString("motivation"));
        }
    }

    @Test
    void quoteIsTheSentenceAndOffsetsSelectItFromTheText() {
        List<Binding> rows = rows("""
                SELECT * { ?a oa:hasBody/prov:wasDerivedFrom ?sentence ; oa:hasTarget ?t .
                  ?t oa:hasSelector ?q, ?p .
                  ?q a oa:TextQuoteSelector ; oa:exact ?exact . OPTIONAL { ?q oa:prefix ?prefix } OPTIONAL { ?q oa:suffix ?suffix }
                  ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }""");
        assertEquals(9, rows.size());
        for (Binding row : rows) {
            Node sentence = row.get("sentence");
            String exact = lexical(row, "exact");
            int start = Integer.parseInt(lexical(row, "start"));
            int end = Integer.parseInt(lexical(row, "end"));
            assertEquals(fixtureValue(sentence, Vocab.ANCHOR_OF), exact, "the quote is the sentence");
            assertEquals(fixtureValue(sentence, Vocab.BEGIN_INDEX), Integer.toString(start));
            String text = fixtureValue(fixtureNode(sentence, Vocab.REFERENCE_CONTEXT), Vocab.IS_STRING);
            assertEquals(exact, codePoints(text, start, end), "the offsets select the quote");
            assertEquals(codePoints(text, Math.max(0, start - 32), start), orEmpty(row, "prefix"));
            assertEquals(codePoints(text, end, Math.min(text.codePointCount(0, text.length()), end + 32)),
                    orEmpty(row, "suffix"));
        }
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        // The fixture's typographic quotes are one UTF-16 unit each; a newspaper emoji is two.
        String withEmoji = "\uD83D\uDCF0 Trump Jr. messaged WikiLeaks.";
        Target t = Target.cut("urn:x:d", withEmoji, 2, 11, 32).orElseThrow();
        assertEquals("Trump Jr.", t.exact());
        assertEquals("\uD83D\uDCF0 ", t.prefix());
        assertEquals(" messaged WikiLeaks.", t.suffix());
        assertTrue(Target.cut("urn:x:d", withEmoji, 2, 99, 32).isEmpty());
        String long40 = "x".repeat(40) + "Y" + "z".repeat(40);
        Target middle = Target.cut("urn:x:d", long40, 40, 41, 32).orElseThrow();
        assertEquals(32, middle.prefix().length());
        assertEquals(32, middle.suffix().length());
    }

    @Test
    void sourceIsTheOriginalLocationWhenKnownElseTheDocument() {
        Set<String> sources = new HashSet<>();
        rows("SELECT ?s { ?a oa:hasTarget/oa:hasSource ?s }").forEach(b -> sources.add(b.get("s").getURI()));
        Set<String> expected = new HashSet<>(List.of("https://example.org/news/wikileaks-dms",
                "https://w3id.org/newskg/doc/90dda43ef8babefa7fc7f05335e766dd34400c96d3299bafd02f311939199b20"));
        assertEquals(expected, sources);
    }

    @Test
    void bodyIsTheStatementAndCreatedIsTheRunsEnd() {
        List<Binding> rows = rows("""
                SELECT * { ?a dcterms:created ?created ; oa:motivatedBy oa:describing ;
                  oa:hasBody [ rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?sentence ] }""");
        assertEquals(9, rows.size());
        for (Binding row : rows) {
            assertEquals("2024-06-01T10:00:42Z", lexical(row, "created"));
            assertTrue(hasStatement(row.get("s"), row.get("p"), row.get("o"), row.get("sentence")), row.toString());
        }
        assertEquals(1, rows("""
                SELECT * { ?a oa:hasBody [ rdf:predicate <https://w3id.org/newskg/ont#obtained> ;
                  <https://w3id.org/newskg/ont#negated> true ; <https://w3id.org/newskg/ont#confidence> 0.5 ] }""").size(),
                "qualifiers keep their datatypes");
    }

    @Test
    void everyAnnotationPassesTheW3cMustAssertions() {
        JsonArray all = array(json);
        assertEquals(9, all.size());
        for (JsonObject a : all.getValuesAs(JsonObject.class)) {
            assertEquals(List.of(), WebAnnotationMusts.failures(a), a.toString());
            String body = a.getJsonObject("body").getString("id");
            assertEquals(a.getString("id").replace("#annotation-", "#statement-"), body, "the body's id follows the annotation's");
        }
    }

    @Test
    void mustChecksCanFail() {
        JsonObject a = array(json).getJsonObject(0);
        JsonObject noBodyId = Json.createObjectBuilder(a)
                .add("body", Json.createObjectBuilder(a.getJsonObject("body")).remove("id")).build();
        assertEquals(List.of("3.2-bodyObjectsRecognized"), WebAnnotationMusts.failures(noBodyId));
        JsonObject bad = Json.createObjectBuilder(a).add("created", "2024-06-01 10:00").add("bodyValue", "x")
                .add("type", "Note").add("@context", "http://example.org/ctx").build();
        assertEquals(List.of("3.1-annotationContextValidated", "3.1-annotationTypeValidated",
                "3.2.5-notBodyBodyValue", "3.3.1-annotationCreatedValidated"), WebAnnotationMusts.failures(bad));
    }

    @Test
    void exportIsStableAndCanBeLimitedToOneGraph() throws IOException {
        assertEquals(json, export(Optional.empty()), "same store, same annotations, same IRIs");
        String docB = "https://w3id.org/newskg/doc/90dda43ef8babefa7fc7f05335e766dd34400c96d3299bafd02f311939199b20";
        JsonArray one = array(export(Optional.of(docB)));
        assertEquals(3, one.size());
        one.getValuesAs(JsonObject.class).forEach(a -> assertTrue(a.getString("id").startsWith(docB + "#annotation-")));
        assertEquals(0, array(export(Optional.of(Vocab.META_GRAPH))).size());
        assertFalse(json.contains("_:"), "no blank node labels in the JSON");
    }

    @Test
    void rdflibReadsWhatJenaReads() throws IOException {
        Required.that(PeerTools.hasPythonModule("rdflib"), "no rdflib for " + PeerTools.PYTHON);
        Path file = Files.writeString(tmp.resolve("annotations.jsonld"), json);
        Path context = Files.write(tmp.resolve("anno-context.jsonld"), resource(LOCAL_CONTEXT));
        Path back = tmp.resolve("rdflib-wa.nt");
        PeerTools.Result r = PeerTools.python(RDFLIB, file.toString(), context.toString(),
                WebAnnotations.ANNO_CONTEXT, back.toString());
        assertEquals(0, r.exit(), r::describe);
        assertEquals(parsed.size(), Long.parseLong(r.out().trim()), "rdflib's triple count");
        Graph rdflib = RDFParser.source(back).lang(Lang.NTRIPLES).toGraph();
        assertTrue(IsoMatcher.isomorphic(parsed, rdflib), "rdflib reads the annotations as Jena does");
    }

    private static boolean hasStatement(Node s, Node p, Node o, Node sentence) {
        List<Node> statements = new ArrayList<>();
        fixture.find(Node.ANY, Node.ANY, RDF.subject.asNode(), s).forEachRemaining(q -> statements.add(q.getSubject()));
        return statements.stream().anyMatch(st -> fixture.contains(Node.ANY, st, RDF.predicate.asNode(), p)
                && fixture.contains(Node.ANY, st, RDF.object.asNode(), o)
                && fixture.contains(Node.ANY, st, Vocab.WAS_DERIVED_FROM.asNode(), sentence));
    }

    private static Node fixtureNode(Node subject, org.apache.jena.rdf.model.Property property) {
        return fixture.stream(Node.ANY, subject, property.asNode(), Node.ANY).map(Quad::getObject).findFirst()
                .orElseThrow(() -> new AssertionError("no " + property + " of " + subject + " in the fixture"));
    }

    private static String fixtureValue(Node subject, org.apache.jena.rdf.model.Property property) {
        return fixtureNode(subject, property).getLiteralLexicalForm();
    }

    private static String codePoints(String text, int begin, int end) {
        return new String(text.codePoints().skip(begin).limit(end - begin).toArray(), 0, end - begin);
    }

    private static String lexical(Binding row, String var) {
        return row.get(var).getLiteralLexicalForm();
    }

    private static String orEmpty(Binding row, String var) {
        Node n = row.get(var);
        return n == null ? "" : n.getLiteralLexicalForm();
    }

    private static List<Binding> rows(String select) {
        List<Binding> rows = new ArrayList<>();
        RowSet rs = QueryExec.graph(parsed).query(PREFIXES + select).select();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private static String export(Optional<String> graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, "wa", graph);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonArray array(String text) {
        return Json.createReader(new StringReader(text)).readArray();
    }

    /** Jena's JSON-LD parser, with the W3C context loaded from the test resource instead of the web. */
    private static Graph jenaRead(String text) {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, loaderOptions) -> localContext(url.toString()));
        Context context = Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options);
        return RDFParser.fromString(text, Lang.JSONLD).context(context).toGraph();
    }

    private static Document localContext(String url) throws JsonLdError {
        if (!url.equals(WebAnnotations.ANNO_CONTEXT)) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline test asked for " + url);
        }
        try (InputStream in = WebAnnotationsTest.class.getClassLoader().getResourceAsStream(LOCAL_CONTEXT)) {
            return JsonDocument.of(in);
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WebAnnotationsTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
