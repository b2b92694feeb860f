package org.newskg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.Vocab;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The documents in one N-Quads file, as {@code spark-extract} ({@link DocumentBlocks}) or
 * {@code export --format nq} write them: a document is a graph named by a document IRI together
 * with the meta-graph triples about that IRI (typed {@code nkg:NewsArticle}) and its records in
 * the quarantine graph; the other meta-graph triples (extraction runs) come separately. Documents
 * keep the order in which the file first names them. A file is read whole, so a syntax error
 * anywhere fails the whole file and nothing of it is used.
 *
 * @param documents   the documents, in file order
 * @param otherMeta   meta-graph triples about anything but the documents
 * @param strayGraphs named graphs that no document's metadata names
 */
public record QuadFileDocuments(List<Loadable> documents, Graph otherMeta, List<String> strayGraphs) {

    private static final Node META = NodeFactory.createURI(Vocab.META_GRAPH);
    private static final Node QUARANTINE = NodeFactory.createURI(Quarantine.GRAPH);
    private static final Node IDENTIFIER = Vocab.IDENTIFIER.asNode();

    /**
     * One document to load.
     *
     * @param graphs     its graph and its metadata (identities left out)
     * @param identities what identifies it across runs ({@code dcterms:identifier}), maybe none
     * @param held       its quarantine records
     */
    public record Loadable(DocumentGraphs graphs, List<String> identities, List<Quarantine.Record> held) {
    }

    /**
     * Reads a file (gzip-compressed when its name ends in .gz).
     *
     * @throws StoreException with one line naming the file and the problem, when it is not N-Quads
     */
    public static QuadFileDocuments read(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        Set<Node> order = new LinkedHashSet<>();
        StreamRDF into = new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
            @Override
            public void quad(Quad q) {
                order.add(q.getGraph().equals(META) ? q.getSubject() : q.getGraph());
                super.quad(q);
            }
        };
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(Lang.NQUADS)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStd(ErrorHandlerFactory.noLogger)).parse(into);
        } catch (RiotException e) {
            throw new StoreException("cannot read " + file + " as N-Quads: " + KgStore.firstLine(e), e);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + KgStore.firstLine(e), e);
        }
        return split(dsg, order);
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static QuadFileDocuments split(DatasetGraph dsg, Set<Node> order) {
        Graph meta = dsg.getGraph(META);
        Map<String, List<Quarantine.Record>> held = new HashMap<>();
        Quarantine.entries(dsg).forEach(e -> held.computeIfAbsent(e.document(), d -> new ArrayList<>()).add(e.record()));
        List<Loadable> docs = new ArrayList<>();
        Set<Node> documents = new LinkedHashSet<>();
        for (Node n : order) {
            if (n.isURI() && meta.contains(n, RDF.type.asNode(), Vocab.NEWS_ARTICLE.asNode())) {
                documents.add(n);
                docs.add(document(dsg, meta, n, held.getOrDefault(n.getURI(), List.of())));
            }
        }
        Graph other = GraphFactory.createDefaultGraph();
        meta.find().forEachRemaining(t -> {
            if (!documents.contains(t.getSubject())) {
                other.add(t);
            }
        });
        List<String> stray = new ArrayList<>();
        Iterator<Node> names = dsg.listGraphNodes();
        while (names.hasNext()) {
            Node g = names.next();
            if (!g.equals(META) && !g.equals(QUARANTINE) && !documents.contains(g)) {
                stray.add(g.toString());
            }
        }
        return new QuadFileDocuments(docs, other, stray);
    }

    private static Loadable document(DatasetGraph dsg, Graph meta, Node doc, List<Quarantine.Record> held) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.getGraph(doc).find().forEachRemaining(g::add);
        Graph m = GraphFactory.createDefaultGraph();
        List<String> identities = new ArrayList<>();
        meta.find(doc, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getPredicate().equals(IDENTIFIER) && t.getObject().isLiteral()) {
                identities.add(t.getObject().getLiteralLexicalForm());
            } else {
                m.add(t);
            }
        });
        identities.sort(null);
        DocumentGraphs graphs = new DocumentGraphs(doc.getURI(), value(m, doc, Vocab.SHA256.asNode()),
                value(m, doc, Vocab.SOURCE.asNode()), g, m);
        return new Loadable(graphs, identities, held);
    }

    private static String value(Graph m, Node doc, Node property) {
        Iterator<Triple> it = m.find(doc, property, Node.ANY);
        if (!it.hasNext()) {
            return null;
        }
        Node o = it.next().getObject();
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.toString();
    }
}
