package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.Vocab;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The quarantine graph: statements that broke the contract's shapes, held back from their
 * document's graph so that the document could still be stored. Each record is a SHACL
 * validation result ({@code sh:ValidationResult}) with the document ({@code prov:wasDerivedFrom}),
 * the focus node, the shape, the message, and the removed triples as N-Triples text
 * ({@code rdf:value}): as text, so that the union graph that queries see never holds them.
 * Use inside a transaction.
 */
public final class Quarantine {

    /** The quarantine graph's name. */
    public static final String GRAPH = "https://w3id.org/newskg/graph/quarantine";

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node G = NodeFactory.createURI(GRAPH);
    private static final Node TYPE = RDF.type.asNode();
    private static final Node RESULT = NodeFactory.createURI(SH + "ValidationResult");
    private static final Node FOCUS = NodeFactory.createURI(SH + "focusNode");
    private static final Node SHAPE = NodeFactory.createURI(SH + "sourceShape");
    private static final Node MESSAGE = NodeFactory.createURI(SH + "resultMessage");
    private static final Node DOCUMENT = Vocab.WAS_DERIVED_FROM.asNode();
    private static final Node VALUE = RDF.value.asNode();

    private Quarantine() {
    }

    /** Adds one record to the graph (inside a write transaction). */
    static void add(DatasetGraph dsg, String docIri, Record r) {
        Node rec = NodeFactory.createBlankNode();
        dsg.add(G, rec, TYPE, RESULT);
        dsg.add(G, rec, DOCUMENT, NodeFactory.createURI(docIri));
        dsg.add(G, rec, FOCUS, NodeFactory.createLiteralString(r.focusNode()));
        dsg.add(G, rec, SHAPE, NodeFactory.createLiteralString(r.shape()));
        dsg.add(G, rec, MESSAGE, NodeFactory.createLiteralString(r.message()));
        dsg.add(G, rec, VALUE, NodeFactory.createLiteralString(r.triples()));
    }

    /** Drops the records of one document (inside a write transaction). */
    static void remove(DatasetGraph dsg, Node doc) {
        List<Node> recs = new ArrayList<>();
        dsg.find(G, Node.ANY, DOCUMENT, doc).forEachRemaining(q -> recs.add(q.getSubject()));
        recs.forEach(r -> dsg.deleteAny(G, r, Node.ANY, Node.ANY));
    }

    /** Number of records in the store. */
    static long count(DatasetGraph dsg) {
        long n = 0;
        Iterator<?> it = dsg.find(G, Node.ANY, TYPE, RESULT);
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    /** Every record, ordered by document then focus node. */
    static List<Entry> entries(DatasetGraph dsg) {
        List<Entry> out = new ArrayList<>();
        dsg.find(G, Node.ANY, TYPE, RESULT).forEachRemaining(q -> {
            Node rec = q.getSubject();
            out.add(new Entry(value(dsg, rec, DOCUMENT),
                    new Record(value(dsg, rec, FOCUS), value(dsg, rec, SHAPE), value(dsg, rec, MESSAGE),
                            value(dsg, rec, VALUE))));
        });
        out.sort(java.util.Comparator.comparing(Entry::document).thenComparing(e -> e.record().focusNode()));
        return out;
    }

    private static String value(DatasetGraph dsg, Node rec, Node p) {
        Iterator<org.apache.jena.sparql.core.Quad> it = dsg.find(G, rec, p, Node.ANY);
        if (!it.hasNext()) {
            return "";
        }
        Node o = it.next().getObject();
        return o.isURI() ? o.getURI() : o.getLiteralLexicalForm();
    }

    /**
     * What was held back and why.
     *
     * @param focusNode the node that broke a shape, readable
     * @param shape     the shape (or constraint) it broke
     * @param message   the shape's message
     * @param triples   the removed triples, N-Triples
     */
    public record Record(String focusNode, String shape, String message, String triples) {
    }

    /** A record with its document's IRI. */
    public record Entry(String document, Record record) {
    }
}
