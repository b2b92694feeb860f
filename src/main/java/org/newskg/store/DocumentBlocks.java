package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.Vocab;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One document as a block of N-Quads, holding what an ingest would write for it: the document's
 * metadata in the meta graph (with its identity as {@code dcterms:identifier}), its graph under
 * its own name, and what the SHACL gate held back in the {@link Quarantine} graph. Lines are
 * sorted (meta first) so that the same document always gives the same block.
 * {@link QuadFileDocuments} reads a file of such blocks back.
 */
public final class DocumentBlocks {

    private static final Node META = NodeFactory.createURI(Vocab.META_GRAPH);

    private DocumentBlocks() {
    }

    /**
     * @param identity what identifies the document across runs, or null
     * @param held     what the SHACL gate held back from its graph
     */
    public static String write(DocumentGraphs g, String identity, List<Quarantine.Record> held) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        Node doc = NodeFactory.createURI(g.documentIri());
        g.meta().find().forEachRemaining(t -> ds.add(META, t.getSubject(), t.getPredicate(), t.getObject()));
        if (identity != null) {
            ds.add(META, doc, Vocab.IDENTIFIER.asNode(), NodeFactory.createLiteralString(identity));
        }
        g.graph().find().forEachRemaining(t -> ds.add(doc, t.getSubject(), t.getPredicate(), t.getObject()));
        held.forEach(r -> Quarantine.add(ds, g.documentIri(), r));
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
