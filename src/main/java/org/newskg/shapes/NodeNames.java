package org.newskg.shapes;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.newskg.rdf.Vocab;

/** Readable names for nodes and paths in validation messages. */
final class NodeNames {

    private static final int MAX_TEXT = 60;

    private final Graph data;
    private final PrefixMapping prefixes;

    NodeNames(Graph data) {
        this.data = data;
        this.prefixes = PrefixMapping.Factory.create()
                .setNsPrefix("nkg", Vocab.NKG)
                .setNsPrefix("ent", Vocab.ID)
                .setNsPrefix("nif", Vocab.NIF)
                .setNsPrefix("itsrdf", Vocab.ITSRDF)
                .setNsPrefix("prov", Vocab.PROV)
                .setNsPrefix("schema", Vocab.SCHEMA)
                .setNsPrefix("dcterms", Vocab.DCTERMS)
                .setNsPrefix("skos", Vocab.SKOS)
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("xsd", XSD.NS)
                .lock();
    }

    /** A node: prefixed IRI, literal, or for a blank node what it is about. */
    String node(Node node) {
        if (node == null) {
            return "";
        }
        if (!node.isBlank()) {
            return FmtUtils.stringForNode(node, prefixes);
        }
        Node s = first(node, RDF.subject.asNode());
        Node p = first(node, RDF.predicate.asNode());
        Node o = first(node, RDF.object.asNode());
        if (s != null || p != null || o != null) {
            return "statement [" + plain(s) + " " + plain(p) + " " + plain(o) + "]";
        }
        Node text = first(node, Vocab.TEXT.asNode());
        if (text != null && text.isLiteral()) {
            return "quote \"" + shorten(text.getLiteralLexicalForm()) + "\"";
        }
        return FmtUtils.stringForNode(node, prefixes);
    }

    /** A property path, prefixed; empty for none. */
    String path(Path path) {
        return path == null ? "" : path.toString(new Prologue(prefixes));
    }

    private String plain(Node n) {
        return n == null ? "?" : FmtUtils.stringForNode(n, prefixes);
    }

    private Node first(Node subject, Node property) {
        var it = data.find(subject, property, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
    }
}
