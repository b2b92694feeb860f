package org.newskg.store;

import org.newskg.rdf.Prefixes;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.newskg.annotate.WebAnnotations;

/**
 * The export formats. N-Quads and TriG keep graph names; the others write triples: the union
 * of all named graphs (documents and meta), or the one graph asked for. N-Quads and
 * N-Triples stream from the store a graph at a time, sorted; the others go through Jena's
 * pretty writers, which build their output in memory. {@code wa} is not RDF syntax for the
 * store but the statements' evidence as W3C Web Annotations, one document at a time.
 * N-Quads and N-Triples come out in an order that depends only on the store's content.
 * Called inside a read transaction.
 */
enum Exporter {
    NQ("nq", RDFFormat.NQUADS, true, true),
    NT("nt", RDFFormat.NTRIPLES, false, true),
    TTL("ttl", RDFFormat.TURTLE_PRETTY, false, false),
    TRIG("trig", RDFFormat.TRIG_PRETTY, true, false),
    JSONLD("jsonld", RDFFormat.JSONLD11_PRETTY, false, false),
    RDFXML("rdfxml", RDFFormat.RDFXML_PLAIN, false, false),
    /** W3C Web Annotations in JSON-LD: not a dump of the triples, see {@link WebAnnotations}. */
    WA("wa", null, false, true),
    /** One CSV row per asserted or negated fact, with CAMEO/PLOVER alignment: see {@link EventsCsv}. */
    EVENTS("events", null, false, true);

    /** The format names accepted by {@link #forFormat}, comma-separated. */
    static final String FORMATS = Arrays.stream(values()).map(e -> e.name)
            .collect(Collectors.joining(", "));

    private final String name;
    private final RDFFormat format;
    private final boolean quads;
    private final boolean streaming;

    Exporter(String name, RDFFormat format, boolean quads, boolean streaming) {
        this.name = name;
        this.format = format;
        this.quads = quads;
        this.streaming = streaming;
    }

    /** The exporter for a format name. */
    static Exporter forFormat(String name) {
        String wanted = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.name.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown export format '" + name + "': use one of " + FORMATS));
    }

    /** Writes the dataset, or one of its graphs. */
    void write(DatasetGraph dsg, OutputStream out, Optional<Node> graphName) {
        graphName.ifPresent(g -> requireGraph(dsg, g));
        if (this == WA) {
            WebAnnotations.write(dsg, out, graphName);
        } else if (this == EVENTS) {
            EventsCsv.write(dsg, out, graphName);
        } else if (streaming) {
            stream(dsg, out, graphName);
        } else if (quads) {
            DatasetGraph view = graphName.map(g -> single(dsg, g)).orElse(dsg);
            RDFWriterRegistry.getWriterDatasetFactory(format).create(format)
                    .write(out, view, Prefixes.standard(), null, Context.emptyContext());
        } else if (this == JSONLD) {
            Graph graph = graphName.map(dsg::getGraph).orElseGet(dsg::getUnionGraph);
            JsonLdWriter.write(out, graph, Prefixes.standard());
        } else {
            Graph graph = graphName.map(dsg::getGraph).orElseGet(dsg::getUnionGraph);
            if (this == RDFXML) {
                XmlText.problem(graph).ifPresent(p -> {
                    throw new StoreException(p);
                });
            }
            RDFWriterRegistry.getWriterGraphFactory(format).create(format)
                    .write(out, graph, Prefixes.standard(), null, Context.emptyContext());
        }
    }

    private static void requireGraph(DatasetGraph dsg, Node g) {
        if (!dsg.containsGraph(g)) {
            throw new IllegalArgumentException("no graph " + g.getURI() + " in the store");
        }
    }

    private static DatasetGraph single(DatasetGraph dsg, Node g) {
        DatasetGraph view = DatasetGraphFactory.createGeneral();
        view.addGraph(g, dsg.getGraph(g));
        return view;
    }

    /** Line-based formats: graph by graph in name order, each graph's lines in content order (see {@link SortedQuads}). */
    private void stream(DatasetGraph dsg, OutputStream out, Optional<Node> graphName) {
        StreamRDF sink = StreamRDFWriter.getWriterStream(out, format);
        sink.start();
        for (Node g : SortedQuads.graphs(dsg, graphName, quads)) {
            if (quads) {
                SortedQuads.forEach(dsg, g, sink::quad);
            } else if (graphName.isPresent()) {
                SortedQuads.forEach(dsg, g, q -> sink.triple(q.asTriple()));
            } else {
                // the union of the named graphs: each distinct triple once, from the first graph holding it
                SortedQuads.forEach(dsg, g, q -> {
                    if (SortedQuads.firstHolder(dsg, q, g)) {
                        sink.triple(q.asTriple());
                    }
                });
            }
        }
        sink.finish();
    }
}
