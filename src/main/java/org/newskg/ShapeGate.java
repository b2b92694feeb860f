package org.newskg;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.Vocab;
import org.apache.jena.vocabulary.RDF;
import org.newskg.shapes.ShapeValidator;
import org.newskg.shapes.ValidationOutcome;
import org.newskg.store.Quarantine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SHACL gate before the store. A document whose graph conforms passes as it is. One that
 * does not loses the nodes that break a shape (the statements about them, and those pointing
 * at them), which go to the quarantine graph with the shape and message, and is checked again;
 * a document still not conforming after a few rounds, or whose document node or text context
 * itself breaks a shape, is refused whole. The stored document graphs always conform.
 */
final class ShapeGate {

    private static final int ROUNDS = 3;

    private final NewsKg kg;
    private Shapes shapes;

    ShapeGate(NewsKg kg) {
        this.kg = kg;
    }

    /** A graph to store with what was held back, or why the document cannot be stored. */
    record Outcome(DocumentGraphs graphs, List<Quarantine.Record> held, String failure) {
    }

    Outcome check(DocumentGraphs g) {
        ValidationOutcome first = kg.validate(g);
        if (first.conforms()) {
            return new Outcome(g, List.of(), null);
        }
        Graph doc = copy(g.graph());
        List<Quarantine.Record> held = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Map<Node, ReportEntry> focus = offending(doc, g);
            if (focus == null) {
                break;
            }
            focus.forEach((node, entry) -> held.add(record(node, entry, remove(doc, node))));
            DocumentGraphs trimmed = new DocumentGraphs(g.documentIri(), g.sha256(), g.source(), doc, g.meta());
            if (kg.validate(trimmed).conforms()) {
                return new Outcome(trimmed, held, null);
            }
        }
        return new Outcome(null, List.of(), "its graph breaks the contract, not stored: "
                + first.violations().size() + " violations, first: " + first.violations().get(0).toText());
    }

    /** The focus nodes of the violations, or null when one of them cannot be held back. */
    private Map<Node, ReportEntry> offending(Graph doc, DocumentGraphs g) {
        Graph both = copy(doc);
        GraphUtil.addInto(both, g.meta());
        ValidationReport report = ShaclValidator.get().validate(shapes(), both);
        Map<Node, ReportEntry> focus = new LinkedHashMap<>();
        for (ReportEntry e : report.getEntries()) {
            Node n = e.focusNode();
            Node value = e.value();
            if (value != null && !value.isLiteral() && doc.contains(n, RDF.type.asNode(), Vocab.NIF_CONTEXT.asNode())
                    && doc.contains(value, Node.ANY, Node.ANY)) {
                n = value; // a span checked from its context: the span is what breaks the shape
            }
            boolean inDocument = doc.contains(n, Node.ANY, Node.ANY);
            boolean essential = n.getURI() != null && n.getURI().equals(g.documentIri())
                    || doc.contains(n, RDF.type.asNode(), Vocab.NIF_CONTEXT.asNode());
            if (!inDocument || essential) {
                return null;
            }
            focus.putIfAbsent(n, e);
        }
        return focus.isEmpty() ? null : focus;
    }

    /** Removes a node: its own triples (and its blank nodes'), and the triples pointing at it. */
    private static List<Triple> remove(Graph doc, Node node) {
        Set<Triple> gone = new LinkedHashSet<>();
        collect(doc, node, gone, 0);
        doc.find(Node.ANY, Node.ANY, node).forEachRemaining(gone::add);
        gone.forEach(doc::delete);
        return new ArrayList<>(gone);
    }

    private static void collect(Graph doc, Node subject, Set<Triple> into, int depth) {
        for (Triple t : doc.find(subject, Node.ANY, Node.ANY).toList()) {
            if (into.add(t) && t.getObject().isBlank() && depth < 4) {
                collect(doc, t.getObject(), into, depth + 1);
            }
        }
    }

    private static Quarantine.Record record(Node node, ReportEntry e, List<Triple> triples) {
        StringBuilder nt = new StringBuilder();
        for (Triple t : triples) {
            nt.append(FmtUtils.stringForTriple(t, (org.apache.jena.shared.PrefixMapping) null)).append(" .\n");
        }
        String shape = e.source() != null && e.source().isURI() ? e.source().getURI()
                : e.sourceConstraintComponent().getLocalName()
                + (e.resultPath() == null ? "" : " on " + e.resultPath());
        String message = e.message() == null ? "violates " + e.sourceConstraintComponent() : e.message();
        String focus = node.isBlank() ? "a blank node with " + triples.size() + " triples" : node.getURI();
        return new Quarantine.Record(focus, shape, message, nt.toString());
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(c, g);
        return c;
    }

    private synchronized Shapes shapes() {
        if (shapes == null) {
            try (InputStream in = ShapeGate.class.getClassLoader().getResourceAsStream(ShapeValidator.BUNDLED_SHAPES)) {
                if (in == null) {
                    throw new IllegalStateException(ShapeValidator.BUNDLED_SHAPES + " is not on the classpath");
                }
                shapes = Shapes.parse(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shapes;
    }
}
