package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Vocab;

/** One canonical rdfs:label per entity in the whole store, whatever each document calls it. */
class CanonicalLabelsTest {

    private static final String CAMPAIGN = Vocab.ID + "organization/trump-campaign";
    private static final String DOC_1 = Vocab.documentIri("1111");
    private static final String DOC_2 = Vocab.documentIri("2222");

    @TempDir
    Path tmp;

    private static Graph entityGraph(String label, String... altLabels) {
        StringBuilder ttl = new StringBuilder("<" + CAMPAIGN + "> a <" + Vocab.NKG + "Organization> ; <"
                + RDFS.label.getURI() + "> \"" + label + "\"");
        for (String alt : altLabels) {
            ttl.append(" ; <").append(Vocab.ALT_LABEL.getURI()).append("> \"").append(alt).append('"');
        }
        return RDFParser.fromString(ttl + " .").lang(Lang.TURTLE).toGraph();
    }

    private static Set<String> values(KgStore store, String doc, Node property) {
        return Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph()
                .stream(NodeFactory.createURI(doc), NodeFactory.createURI(CAMPAIGN), property, Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).collect(Collectors.toSet()));
    }

    @Test
    void aLaterDocumentTakesTheStoredLabelAndKeepsItsOwnAsAlternative() {
        try (KgStore store = KgStore.open(tmp)) {
            store.replaceDocument(Optional.empty(), DOC_1, entityGraph("Trump campaign"), GraphFactory.createDefaultGraph());
            store.replaceDocument(Optional.empty(), DOC_2, entityGraph("Trump Campaign", "Trump campaign", "the campaign"),
                    GraphFactory.createDefaultGraph());
            assertEquals(Set.of("Trump campaign"), values(store, DOC_2, RDFS.label.asNode()));
            assertEquals(Set.of("Trump Campaign", "the campaign"), values(store, DOC_2, Vocab.ALT_LABEL.asNode()));
            assertEquals(Set.of("Trump campaign"), values(store, DOC_1, RDFS.label.asNode()));
        }
    }

    @Test
    void replacingTheOnlyDocumentTakesItsNewLabel() {
        try (KgStore store = KgStore.open(tmp)) {
            store.replaceDocument(Optional.empty(), DOC_1, entityGraph("Trump campaign"), GraphFactory.createDefaultGraph());
            store.replaceDocument(Optional.of(DOC_1), DOC_2, entityGraph("Trump Campaign"), GraphFactory.createDefaultGraph());
            assertEquals(Set.of("Trump Campaign"), values(store, DOC_2, RDFS.label.asNode()));
            assertTrue(values(store, DOC_2, Vocab.ALT_LABEL.asNode()).isEmpty());
        }
    }
}
