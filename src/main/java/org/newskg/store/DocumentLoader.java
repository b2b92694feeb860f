package org.newskg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.Vocab;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Puts already extracted documents into a store. Into an empty store it streams them through
 * Jena's TDB2 bulk loader (phased: fast, not transactional; a load that dies leaves a store to
 * delete and load again). Into a store that holds data it writes each document in its own write
 * transaction exactly as an ingest does ({@link KgStore#replaceDocument}): a load killed at any
 * moment leaves every committed document whole, and loading again skips them. Either way a
 * document whose content hash the store (or this load) has already is passed over, and labels
 * are aligned as an ingest aligns them ({@link CanonicalLabels}), so the store holds what an
 * ingest of the same documents in the same order would.
 */
public final class DocumentLoader {

    private static final Node META = NodeFactory.createURI(Vocab.META_GRAPH);

    /** What happened to one document. */
    public enum Outcome { STORED, UNCHANGED }

    private final KgStore store;
    private final DataLoader bulk;
    private final StreamRDF bulkStream;
    private final Set<String> shas = new HashSet<>();
    private final DatasetGraph labels = DatasetGraphFactory.createGeneral();
    private long stored;
    private boolean finished;

    private DocumentLoader(KgStore store, DataLoader bulk) {
        this.store = store;
        this.bulk = bulk;
        this.bulkStream = bulk == null ? null : bulk.stream();
    }

    /** Starts loading into a store: in bulk when it is empty, else document by document. */
    public static DocumentLoader start(KgStore store) {
        DatasetGraph dsg = store.datasetGraph();
        boolean empty = Txn.calculateRead(dsg, dsg::isEmpty);
        if (!empty) {
            return new DocumentLoader(store, null);
        }
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        return new DocumentLoader(store, loader);
    }

    /** True when this load uses the bulk loader. */
    public boolean bulk() {
        return bulk != null;
    }

    /**
     * Stores one document unless the store has one with its content hash, as an ingest stores it:
     * under its identity (the document that had the identity before loses it), with its
     * quarantine records. A document the store has already gains the identity.
     */
    public Outcome add(QuadFileDocuments.Loadable d) {
        return bulk() ? addBulk(d) : addInTransaction(d);
    }

    private Outcome addInTransaction(QuadFileDocuments.Loadable d) {
        DocumentGraphs g = d.graphs();
        Optional<String> present = store.findDocumentBySha(g.sha256());
        if (present.isPresent()) {
            d.identities().forEach(id -> store.attachIdentity(id, present.get()));
            return Outcome.UNCHANGED;
        }
        if (d.identities().isEmpty()) {
            Optional<String> old = Optional.ofNullable(g.source()).flatMap(store::findDocumentBySource)
                    .filter(iri -> !iri.equals(g.documentIri()));
            store.replaceDocument(old, g.documentIri(), g.graph(), g.meta(), d.held());
        } else {
            store.storeDocument(d.identities().get(0), g.documentIri(), g.graph(), g.meta(), d.held());
            d.identities().stream().skip(1).forEach(id -> store.attachIdentity(id, g.documentIri()));
        }
        stored++;
        return Outcome.STORED;
    }

    private Outcome addBulk(QuadFileDocuments.Loadable d) {
        DocumentGraphs g = d.graphs();
        Node doc = NodeFactory.createURI(g.documentIri());
        d.identities().forEach(id -> bulkStream.quad(Quad.create(META, doc, Vocab.IDENTIFIER.asNode(),
                NodeFactory.createLiteralString(id))));
        if (!shas.add(g.sha256())) {
            return Outcome.UNCHANGED;
        }
        Graph aligned = CanonicalLabels.align(labels, doc, g.graph());
        aligned.find(Node.ANY, RDFS.label.asNode(), Node.ANY)
                .forEachRemaining(t -> labels.add(doc, t.getSubject(), t.getPredicate(), t.getObject()));
        aligned.find().forEachRemaining(t -> bulkStream.quad(new Quad(doc, t)));
        g.meta().find().forEachRemaining(t -> bulkStream.quad(new Quad(META, t)));
        if (!d.held().isEmpty()) {
            DatasetGraph q = DatasetGraphFactory.createGeneral();
            d.held().forEach(r -> Quarantine.add(q, g.documentIri(), r));
            q.find().forEachRemaining(bulkStream::quad);
        }
        stored++;
        return Outcome.STORED;
    }

    /** Adds meta-graph triples that describe no document (extraction runs). */
    public void addMeta(Graph triples) {
        if (bulk()) {
            triples.find().forEachRemaining(t -> bulkStream.quad(new Quad(META, t)));
        } else if (!triples.isEmpty()) {
            store.putRun(triples);
        }
    }

    /**
     * Ends the load: the bulk loader builds its indexes; a document-by-document load that stored
     * anything compacts the database (TDB2 keeps every transaction's garbage until compaction).
     *
     * @return how many documents were stored
     */
    public long finish() {
        if (finished) {
            return stored;
        }
        finished = true;
        if (bulk()) {
            bulk.finishBulk();
        } else if (stored > 0) {
            DatabaseMgr.compact(store.datasetGraph(), true);
        }
        return stored;
    }

    /** Ends a load that failed: the bulk loader aborts. */
    public void abort(Exception cause) {
        if (!finished && bulk()) {
            finished = true;
            bulk.finishException(cause);
        }
    }
}
