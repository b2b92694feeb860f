package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Vocab;

class KgStoreTest {

    @TempDir
    Path tmp;

    @Test
    void createsMissingFolderAndReopens() {
        Path dir = tmp.resolve("a/b/store");
        try (KgStore store = KgStore.open(dir)) {
            Fixtures.load(store);
        }
        assertTrue(Files.isDirectory(dir));
        try (KgStore store = KgStore.open(dir)) {
            assertEquals(2, store.documents().size());
        }
    }

    @Test
    void findsDocumentsBySha256AndSource() {
        try (KgStore store = KgStore.open(tmp)) {
            Fixtures.load(store);
            assertEquals(Optional.of(Fixtures.DOC_A), store.findDocumentBySha("aaaa"));
            assertEquals(Optional.of(Fixtures.DOC_B), store.findDocumentBySource("news/b.txt"));
            assertEquals(Optional.empty(), store.findDocumentBySha("cccc"));
            assertEquals(Optional.empty(), store.findDocumentBySource("news/c.txt"));
        }
    }

    @Test
    void listsDocumentsWithMetadataAndSize() {
        try (KgStore store = KgStore.open(tmp)) {
            Fixtures.load(store);
            List<DocumentInfo> docs = store.documents();
            DocumentInfo a = docs.get(0);
            assertEquals(Fixtures.DOC_A, a.iri());
            assertEquals("Alpha", a.title());
            assertEquals("2017-11-13", a.date());
            assertEquals("news/a.txt", a.source());
            assertEquals("aaaa", a.sha256());
            assertEquals(Fixtures.graph(Fixtures.DOC_A).size(), a.tripleCount());
            assertEquals(null, docs.get(1).date());
        }
    }

    @Test
    void countsStats() {
        try (KgStore store = KgStore.open(tmp)) {
            Fixtures.load(store);
            StoreStats stats = store.stats();
            long all = Fixtures.graph(Fixtures.DOC_A).size() + Fixtures.graph(Fixtures.DOC_B).size()
                    + Fixtures.meta(null).size();
            assertEquals(new StoreStats(2, 3, 1, 1, all, 0, stats.bytesOnDisk()), stats);
            assertTrue(stats.bytesOnDisk() > 0, "size on disk: " + stats.bytesOnDisk());
        }
    }

    @Test
    void putDocumentReplacesGraphAndMeta() {
        try (KgStore store = KgStore.open(tmp)) {
            Fixtures.load(store);
            Graph smaller = Fixtures.graph(Fixtures.DOC_B);
            smaller.remove(null, Vocab.nkgP("met").asNode(), null);
            Graph meta = Fixtures.meta(Fixtures.DOC_B);
            meta.remove(null, Vocab.TITLE.asNode(), null);
            store.putDocument(Fixtures.DOC_B, smaller, meta);
            DocumentInfo b = store.documents().get(1);
            assertEquals(smaller.size(), b.tripleCount());
            assertEquals(null, b.title());
            assertEquals(2, store.documents().size());
        }
    }

    @Test
    void replaceDocumentDropsTheOldIri() {
        try (KgStore store = KgStore.open(tmp)) {
            Fixtures.load(store);
            String newIri = Vocab.documentIri("bbbb2");
            Graph meta = renamed(Fixtures.meta(Fixtures.DOC_B), newIri);
            store.replaceDocument(store.findDocumentBySource("news/b.txt"), newIri,
                    Fixtures.graph(Fixtures.DOC_B), meta);
            assertEquals(Optional.of(newIri), store.findDocumentBySource("news/b.txt"));
            assertEquals(Optional.empty(), store.findDocumentBySha("bbbb"));
            assertEquals(Optional.of(newIri), store.findDocumentBySha("bbbb2"));
            assertFalse(containsGraph(store, Fixtures.DOC_B));
            assertTrue(containsGraph(store, newIri));
            assertEquals(2, store.stats().documents());
        }
    }

    @Test
    void removeDocumentDropsGraphAndMetaButKeepsRuns() {
        try (KgStore store = KgStore.open(tmp)) {
            Fixtures.load(store);
            store.removeDocument(Fixtures.DOC_A);
            assertEquals(List.of(Fixtures.DOC_B), store.documents().stream().map(DocumentInfo::iri).toList());
            assertFalse(containsGraph(store, Fixtures.DOC_A));
            StoreStats stats = store.stats();
            assertEquals(0, stats.facts());
            assertEquals(2, stats.entities());
            assertEquals(Fixtures.graph(Fixtures.DOC_B).size() + Fixtures.meta(Fixtures.DOC_B).size()
                    + Fixtures.meta(Fixtures.RUN).size(), stats.triples());
        }
    }

    @Test
    void refusesAFolderThatIsNotAStore() throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "hello");
        StoreException e = assertThrows(StoreException.class, () -> KgStore.open(tmp));
        assertEquals("not a NewsKG store: " + tmp + " (it has files but no TDB2 database)", e.getMessage());
    }

    @Test
    void refusesAFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("store"), "x");
        StoreException e = assertThrows(StoreException.class, () -> KgStore.open(file));
        assertTrue(e.getMessage().startsWith("not a NewsKG store: " + file));
    }

    private static boolean containsGraph(KgStore store, String iri) {
        return Txn.calculateRead(store.datasetGraph(),
                () -> store.datasetGraph().containsGraph(NodeFactory.createURI(iri)));
    }

    private static Graph renamed(Graph meta, String iri) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        meta.find().forEachRemaining(t -> out.add(NodeFactory.createURI(iri), t.getPredicate(),
                t.getPredicate().equals(Vocab.SHA256.asNode()) ? NodeFactory.createLiteralString("bbbb2") : t.getObject()));
        return out;
    }
}
