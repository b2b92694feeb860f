package org.newskg;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.TestAnnotators;
import org.newskg.model.Document;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.Vocab;
import org.newskg.store.KgStore;
import org.newskg.store.Quarantine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A node that breaks a shape costs that node, not the document: it goes to the quarantine
 * graph with its shape and message, the document is stored without it and conforms. A fake
 * annotator (no CoreNLP) gives the document's graph; the bad node is added by hand.
 */
class ShapeGateTest {

    @TempDir
    Path tmp;

    @Test
    void aBrokenMentionIsQuarantinedAndTheDocumentStored() {
        try (NewsKg kg = NewsKg.builder().store(tmp.resolve("store"))
                .annotator(new TestAnnotators().reliable()).build()) {
            Document doc = new Document("Acme hired Bob.\nThen more text.\n", null, null, "a.txt");
            DocumentGraphs g = kg.extractGraphs(doc, kg.newRun());
            Graph bad = g.graph();
            var phrase = NodeFactory.createURI(g.documentIri() + "#char=0,4");
            bad.add(Triple.create(phrase, RDF.type.asNode(), Vocab.NIF_PHRASE.asNode()));
            assertTrue(!kg.validate(g).conforms(), "the hand-made mention should break the shapes");

            ShapeGate.Outcome out = new ShapeGate(kg).check(g);
            assertNull(out.failure(), out.failure());
            assertTrue(kg.validate(out.graphs()).conforms(), kg.validate(out.graphs()).toText());
            assertTrue(out.graphs().graph().size() > 0);
            assertEquals(1, out.held().size(), out.held().toString());
            Quarantine.Record r = out.held().get(0);
            assertEquals(phrase.getURI(), r.focusNode());
            assertTrue(r.triples().contains("nif-core#Phrase"), r.triples());
            assertNotNull(r.message());

            KgStore store = kg.writableStore();
            store.storeDocument("path:a.txt", g.documentIri(), out.graphs().graph(), g.meta(), out.held());
            assertEquals(1, store.stats().quarantined());
            List<Quarantine.Entry> entries = store.quarantined();
            assertEquals(g.documentIri(), entries.get(0).document());
            assertTrue(kg.validateStore().conforms(), kg.validateStore().toText());
            java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
            var canned = org.newskg.query.CannedQueries.loadBundled().get("quarantine").orElseThrow();
            kg.query(org.newskg.query.CannedQueries.bind(canned, java.util.Map.of()).toString(), "csv", csv, 10_000);
            String answer = csv.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("document,focusNode,shape,message,triples"), answer);
            assertTrue(answer.contains(g.documentIri() + ",\"" + phrase.getURI() + "\""), answer);
            assertTrue(answer.contains("needs exactly one"), answer);
            store.replaceDocument(Optional.empty(), g.documentIri(), out.graphs().graph(), g.meta());
            assertEquals(0, store.stats().quarantined(), "a new version of the document drops its old records");
        }
    }
}
