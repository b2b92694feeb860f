package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.Vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Document identities in the meta graph ({@code dcterms:identifier}, one per feed item or file
 * that has the document's text): a document stays while some identity names it. All lookups are
 * bound-object finds, answered from an index. Use inside a write transaction.
 */
final class Identities {

    private static final Node META = NodeFactory.createURI(Vocab.META_GRAPH);
    private static final Node IDENTIFIER = Vocab.IDENTIFIER.asNode();
    private static final Node SOURCE = Vocab.SOURCE.asNode();

    private final DatasetGraph dsg;
    private final Consumer<Node> removeDocument;

    Identities(DatasetGraph dsg, Consumer<Node> removeDocument) {
        this.dsg = dsg;
        this.removeDocument = removeDocument;
    }

    /**
     * Takes the identity away from every document but {@code keep}; a document left with no
     * identity is removed. A document stored before identities were recorded is found by its
     * source (the path or URL in the identity).
     */
    void release(String identity, Node keep) {
        Node id = NodeFactory.createLiteralString(identity);
        for (Node owner : subjects(IDENTIFIER, id)) {
            if (!owner.equals(keep)) {
                dsg.delete(META, owner, IDENTIFIER, id);
                if (!dsg.find(META, owner, IDENTIFIER, Node.ANY).hasNext()) {
                    removeDocument.accept(owner);
                }
            }
        }
        String legacySource = legacySource(identity);
        if (legacySource != null) {
            for (Node owner : subjects(SOURCE, NodeFactory.createLiteralString(legacySource))) {
                if (!owner.equals(keep) && !dsg.find(META, owner, IDENTIFIER, Node.ANY).hasNext()) {
                    removeDocument.accept(owner);
                }
            }
        }
    }

    /** The identities a document has now. */
    List<Node> of(Node doc) {
        List<Node> ids = new ArrayList<>();
        dsg.find(META, doc, IDENTIFIER, Node.ANY).forEachRemaining(q -> ids.add(q.getObject()));
        return ids;
    }

    /** Gives a document identities (those it has stay). */
    void give(Node doc, List<Node> ids) {
        ids.forEach(id -> dsg.add(META, doc, IDENTIFIER, id));
    }

    private List<Node> subjects(Node property, Node value) {
        List<Node> out = new ArrayList<>();
        dsg.find(META, Node.ANY, property, value).forEachRemaining((Quad q) -> out.add(q.getSubject()));
        return out;
    }

    /** The source a document of this identity had before identities were stored, if it had one. */
    private static String legacySource(String identity) {
        if (identity.startsWith("path:")) {
            return identity.substring("path:".length());
        }
        if (identity.startsWith("url:")) {
            return identity.substring("url:".length());
        }
        return null;
    }
}
