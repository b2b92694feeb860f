package org.newskg.spark;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.Vocab;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * One document as a block of N-Quads: its metadata in the meta graph, its graph under its own
 * name, lines sorted so that the same document always gives the same text.
 */
final class DocumentQuads {

    private DocumentQuads() {
    }

    static String write(DocumentGraphs g) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        ds.addGraph(NodeFactory.createURI(Vocab.META_GRAPH), g.meta());
        ds.addGraph(NodeFactory.createURI(g.documentIri()), g.graph());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ds, Lang.NQUADS);
        String meta = "<" + Vocab.META_GRAPH + "> .";
        return out.toString(StandardCharsets.UTF_8).lines()
                .sorted((a, b) -> {
                    int byGraph = Boolean.compare(!a.endsWith(meta), !b.endsWith(meta));
                    return byGraph != 0 ? byGraph : a.compareTo(b);
                })
                .collect(Collectors.joining("\n"));
    }
}
