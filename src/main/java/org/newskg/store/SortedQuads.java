package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The quads of a store in an order that depends only on their content: graphs by name, and
 * within a graph by subject, predicate and object as N-Triples terms. TDB2 returns quads in the
 * order of its internal node ids, which follow the order the store was filled in; line-based
 * exports go through here so that the same documents give the same file byte for byte. One
 * graph (a document, or the meta graph) is held in memory at a time.
 */
final class SortedQuads {

    private SortedQuads() {
    }

    /**
     * Names of the graphs to write: the one asked for, or all named graphs sorted by name, after
     * the default graph when quads are written and it holds anything.
     */
    static List<Node> graphs(DatasetGraph dsg, Optional<Node> graphName, boolean withDefault) {
        if (graphName.isPresent()) {
            return List.of(graphName.get());
        }
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(SortedQuads::term));
        if (withDefault && !dsg.getDefaultGraph().isEmpty()) {
            names.add(0, Quad.defaultGraphIRI);
        }
        return names;
    }

    /** Each quad of graph {@code g} in content order. */
    static void forEach(DatasetGraph dsg, Node g, Consumer<Quad> action) {
        List<Keyed> keyed = new ArrayList<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> keyed.add(new Keyed(key(q), q)));
        keyed.sort(Comparator.comparing(Keyed::key));
        keyed.forEach(k -> action.accept(k.quad()));
    }

    /** Whether {@code g} is the first graph, in name order, that holds the triple of {@code q}. */
    static boolean firstHolder(DatasetGraph dsg, Quad q, Node g) {
        String name = term(g);
        Iterator<Quad> holders = dsg.find(Node.ANY, q.getSubject(), q.getPredicate(), q.getObject());
        while (holders.hasNext()) {
            Quad h = holders.next();
            if (!h.isDefaultGraph() && term(h.getGraph()).compareTo(name) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String key(Quad q) {
        return term(q.getSubject()) + ' ' + term(q.getPredicate()) + ' ' + term(q.getObject());
    }

    private static String term(Node n) {
        return NodeFmtLib.strNT(n);
    }

    private record Keyed(String key, Quad quad) {
    }
}
