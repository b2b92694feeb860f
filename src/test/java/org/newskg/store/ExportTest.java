package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.Vocab;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportTest {

    private static final Map<String, Lang> LANGS = Map.of("nq", Lang.NQUADS, "nt", Lang.NTRIPLES,
            "ttl", Lang.TURTLE, "trig", Lang.TRIG, "jsonld", Lang.JSONLD, "rdfxml", Lang.RDFXML);

    @TempDir
    Path tmp;

    private KgStore store;

    @BeforeEach
    void load() {
        store = KgStore.open(tmp);
        Fixtures.load(store);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nq", "nt", "ttl", "trig", "jsonld", "rdfxml"})
    void wholeStoreParsesBack(String format) {
        DatasetGraph back = parse(export(format, Optional.empty()), format);
        if (format.equals("nq") || format.equals("trig")) {
            assertEquals(store.stats().triples(), back.stream().count());
            assertEquals(3, back.size());
        } else {
            assertEquals(unionSize(), back.getDefaultGraph().size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nq", "nt", "ttl", "trig", "jsonld", "rdfxml"})
    void oneGraphParsesBack(String format) {
        DatasetGraph back = parse(export(format, Optional.of(Fixtures.DOC_A)), format);
        assertEquals(Fixtures.graph(Fixtures.DOC_A).size(), back.stream().count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "trig"})
    void declaresPrefixes(String format) {
        String text = export(format, Optional.empty());
        for (String prefix : new String[] {"nkg", "nif", "prov", "schema", "dcterms", "skos", "rdfs", "xsd", "rdf"}) {
            assertTrue(text.contains("PREFIX " + prefix + ":") || text.contains("@prefix " + prefix + ":"),
                    prefix + " missing in " + format);
        }
    }

    @Test
    void jsonLdContextDeclaresPrefixes() {
        String text = export("jsonld", Optional.empty());
        assertTrue(text.contains("\"@context\""), text);
        assertTrue(text.contains("\"nkg\"") && text.contains("\"schema\""), text);
    }

    @Test
    void unknownFormatListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.export(OutputStream.nullOutputStream(), "n3", Optional.empty()));
        assertEquals("unknown export format 'n3': use one of nq, nt, ttl, trig, jsonld, rdfxml, wa, events", e.getMessage());
    }

    @Test
    void rdfXmlRefusesTextThatXmlCannotHold() {
        String doc = "https://w3id.org/newskg/doc/ff";
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI(doc + "#char=0,13"), Vocab.IS_STRING.asNode(),
                NodeFactory.createLiteralString("Page 1\fPage 2")));
        store.putDocument(doc, g, GraphFactory.createDefaultGraph());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StoreException e = assertThrows(StoreException.class, () -> store.export(out, "rdfxml", Optional.empty()));
        assertEquals("RDF/XML cannot hold character U+000C (in isString of <" + doc + "#char=0,13>); "
                + "export nt, ttl, trig, nq or jsonld instead", e.getMessage());
        assertEquals(0, out.size(), "nothing written before the refusal");
        assertEquals(1, parse(export("ttl", Optional.of(doc)), "ttl").getDefaultGraph().size(), "Turtle carries it");
        assertTrue(export("rdfxml", Optional.of(Fixtures.DOC_A)).contains("rdf:RDF"), "other graphs still export");
    }

    @Test
    void unknownGraphIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> store.export(OutputStream.nullOutputStream(), "nq", Optional.of("urn:x:none")));
    }

    @Test
    void nquadsStreamsALargeStore() {
        Graph big = GraphFactory.createDefaultGraph();
        Node label = RDFS.label.asNode();
        for (int i = 0; i < 100_000; i++) {
            big.add(Triple.create(NodeFactory.createURI("urn:x:s" + i), label, NodeFactory.createLiteralString("n" + i)));
        }
        String doc = "https://w3id.org/newskg/doc/big";
        store.putDocument(doc, big, GraphFactory.createDefaultGraph());
        LineCounter counter = new LineCounter();
        store.export(counter, "nq", Optional.of(doc));
        assertEquals(100_000, counter.lines);
        LineCounter all = new LineCounter();
        store.export(all, "nt", Optional.empty());
        assertEquals(100_000 + unionSize(), all.lines);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nq", "nt"})
    void lineFormatsDoNotDependOnTheOrderTheStoreWasFilledIn(String format) {
        // NewsKG's own graphs have no blank nodes (statements and quotes have IRIs), so these hand-made
        // documents have none either: a blank node's label is the store's own and differs between stores
        java.util.List<String> docs = java.util.List.of(Vocab.documentIri("d1"), Vocab.documentIri("d2"),
                Vocab.documentIri("d3"));
        try (KgStore forward = KgStore.open(tmp.resolve("forward"));
             KgStore reversed = KgStore.open(tmp.resolve("reversed"))) {
            docs.forEach(d -> forward.putDocument(d, iriOnlyGraph(d), GraphFactory.createDefaultGraph()));
            java.util.List<String> backwards = new java.util.ArrayList<>(docs);
            java.util.Collections.reverse(backwards);
            backwards.forEach(d -> reversed.putDocument(d, iriOnlyGraph(d), GraphFactory.createDefaultGraph()));
            // the precondition that lets this test fail: TDB2's own order differs between the stores
            assertTrue(!nativeOrder(forward).equals(nativeOrder(reversed)), "both stores list their quads alike");

            ByteArrayOutputStream one = new ByteArrayOutputStream();
            forward.export(one, format, Optional.empty());
            ByteArrayOutputStream other = new ByteArrayOutputStream();
            reversed.export(other, format, Optional.empty());
            String text = one.toString(StandardCharsets.UTF_8);
            assertTrue(text.lines().count() >= 3 * 20, text);
            assertEquals(text, other.toString(StandardCharsets.UTF_8));
        }
    }

    /** Twenty triples about entities shared between documents, IRIs and literals only. */
    private static Graph iriOnlyGraph(String doc) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 20; i++) {
            Node entity = NodeFactory.createURI(Vocab.ID + "thing/e" + (i % 7));
            g.add(Triple.create(entity, RDFS.label.asNode(), NodeFactory.createLiteralString("name " + i + " in " + doc)));
        }
        return g;
    }

    private static java.util.List<String> nativeOrder(KgStore s) {
        DatasetGraph dsg = s.datasetGraph();
        return org.apache.jena.system.Txn.calculateRead(dsg, () -> {
            java.util.List<String> quads = new java.util.ArrayList<>();
            dsg.find().forEachRemaining(q -> quads.add(q.toString()));
            return quads;
        });
    }

    private String export(String format, Optional<String> graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, format, graph);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static DatasetGraph parse(String text, String format) {
        return RDFParser.fromString(text, LANGS.get(format)).toDatasetGraph();
    }

    /** Distinct triples over all named graphs of the fixture. */
    private static long unionSize() {
        Graph union = GraphFactory.createDefaultGraph();
        Fixtures.dataset().find().forEachRemaining(q -> union.add(q.asTriple()));
        return union.size();
    }

    /** Counts newlines without keeping the bytes. */
    private static final class LineCounter extends OutputStream {
        long lines;

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
            }
        }
    }
}
