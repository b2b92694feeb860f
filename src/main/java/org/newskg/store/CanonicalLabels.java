package org.newskg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.Vocab;

/**
 * Keeps one canonical name per entity across documents (CONTRACT.md: an entity's
 * {@code rdfs:label} is the same in every document graph). An entity already in the store keeps
 * its stored label; a new document that calls it differently ("Trump Campaign" where the store
 * says "Trump campaign") gets the stored label, and its own becomes a {@code skos:altLabel}.
 */
final class CanonicalLabels {

    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ALT_LABEL = Vocab.ALT_LABEL.asNode();

    private CanonicalLabels() {
    }

    /**
     * The document graph with the labels of entities the store already knows replaced by the
     * stored ones. Call inside the write transaction, after the document's old graph is removed.
     */
    static Graph align(DatasetGraph dsg, Node doc, Graph documentGraph) {
        Graph out = GraphFactory.createDefaultGraph();
        documentGraph.find().forEachRemaining(out::add);
        List<Triple> labels = new ArrayList<>();
        documentGraph.find(Node.ANY, LABEL, Node.ANY).forEachRemaining(labels::add);
        for (Triple t : labels) {
            Node entity = t.getSubject();
            if (!entity.isURI() || !entity.getURI().startsWith(Vocab.ID)) {
                continue;
            }
            Optional<Node> stored = storedLabel(dsg, doc, entity);
            if (stored.isPresent() && !stored.get().equals(t.getObject())) {
                out.delete(entity, LABEL, t.getObject());
                out.add(entity, LABEL, stored.get());
                out.delete(entity, ALT_LABEL, stored.get());
                out.add(entity, ALT_LABEL, t.getObject());
            }
        }
        return out;
    }

    /** The entity's label in the other document graphs; the smallest if they disagree already. */
    private static Optional<Node> storedLabel(DatasetGraph dsg, Node doc, Node entity) {
        Node best = null;
        Iterator<Quad> it = dsg.find(Node.ANY, entity, LABEL, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (q.getGraph().equals(doc) || q.isDefaultGraph()) {
                continue;
            }
            Node label = q.getObject();
            if (best == null || label.toString().compareTo(best.toString()) < 0) {
                best = label;
            }
        }
        return Optional.ofNullable(best);
    }
}
