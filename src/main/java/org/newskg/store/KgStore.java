package org.newskg.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.rdf.Vocab;

/**
 * The NewsKG knowledge graph on disk: a TDB2 database with one named graph per document
 * (named by the document IRI) and the meta graph {@link Vocab#META_GRAPH} holding document
 * metadata and extraction runs. Every method runs in its own transaction.
 *
 * <p>Queries over {@link #datasetGraph()} see the union of the named graphs as their default
 * graph (the store sets {@code TDB2.symUnionDefaultGraph} on the dataset's context).
 * Open one {@code KgStore} per folder per JVM; TDB2 shares the database within a JVM and
 * locks it against other processes.
 */
public final class KgStore implements AutoCloseable {

    private static final Node META = NodeFactory.createURI(Vocab.META_GRAPH);

    private final Path dir;
    private final DatasetGraph dsg;
    private boolean closed;

    private KgStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /**
     * Opens the store in a folder, creating folder and database when missing.
     *
     * @throws StoreException when the folder holds something else, or another process uses it
     */
    public static KgStore open(Path dir) {
        StoreFolder.prepare(dir);
        return connected(dir);
    }

    /**
     * Opens the store in a folder that already holds one: the readers' way in, so that a typo in
     * {@code --store} is an error rather than an empty answer.
     *
     * @throws StoreException when the folder holds no store, or another process uses it
     */
    public static KgStore openExisting(Path dir) {
        if (!StoreFolder.holdsStore(dir)) {
            throw new StoreException(StoreFolder.noStoreMessage(dir));
        }
        return connected(dir);
    }

    private static KgStore connected(Path dir) {
        DatasetGraph dsg = connect(dir);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new KgStore(dir, dsg);
    }

    private static DatasetGraph connect(Path dir) {
        try {
            return DatabaseMgr.connectDatasetGraph(Location.create(dir));
        } catch (RuntimeException e) {
            if (StoreFolder.lockedByOther(dir) || isLockFailure(e)) {
                throw new StoreException(StoreFolder.inUseMessage(dir), e);
            }
            throw new StoreException("cannot open store " + dir + ": " + firstLine(e), e);
        }
    }

    /** TDB2 reports a lock held elsewhere as DBOpEnvException "Failed to get a lock: ...". */
    private static boolean isLockFailure(RuntimeException e) {
        return e instanceof DBOpEnvException && String.valueOf(e.getMessage()).contains("lock");
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m).trim();
    }

    /** The folder of this store. */
    public Path directory() {
        return dir;
    }

    /** The document whose metadata has this nkg:sha256, if any. */
    public Optional<String> findDocumentBySha(String sha256) {
        return Txn.calculateRead(dsg, () -> findMetaSubject(Vocab.SHA256.asNode(), sha256));
    }

    /** The document whose metadata has this dcterms:source, if any. */
    public Optional<String> findDocumentBySource(String source) {
        return Txn.calculateRead(dsg, () -> findMetaSubject(Vocab.SOURCE.asNode(), source));
    }

    /** The document whose metadata has this dcterms:identifier (its identity in its feed), if any. */
    public Optional<String> findDocumentByIdentity(String identity) {
        return Txn.calculateRead(dsg, () -> findMetaSubject(Vocab.IDENTIFIER.asNode(), identity));
    }

    /** A bound-object find: TDB2 answers it from its OSPG/POSG index, whatever the store's size. */
    private Optional<String> findMetaSubject(Node property, String value) {
        Iterator<Quad> it = dsg.find(META, Node.ANY, property, NodeFactory.createLiteralString(value));
        while (it.hasNext()) {
            Quad q = it.next();
            if (q.getSubject().isURI()) {
                return Optional.of(q.getSubject().getURI());
            }
        }
        return Optional.empty();
    }

    /**
     * Stores a document in one write transaction: its old graph and meta triples are replaced.
     *
     * @param docIri        the document IRI, also the graph name
     * @param documentGraph everything extracted from the document
     * @param metaTriples   the document's metadata, added to the meta graph
     */
    public void putDocument(String docIri, Graph documentGraph, Graph metaTriples) {
        replaceDocument(Optional.empty(), docIri, documentGraph, metaTriples);
    }

    /**
     * Removes an older version of a document (if given) and stores the new one, in one
     * write transaction. Then entities are resolved across the store's documents again
     * ({@link EntityIdentity}): IRIs and labels in every graph follow the store's documents.
     */
    public void replaceDocument(Optional<String> oldIri, String docIri, Graph documentGraph,
                                Graph metaTriples) {
        replaceDocument(oldIri, docIri, documentGraph, metaTriples, List.of());
    }

    /**
     * As {@link #replaceDocument(Optional, String, Graph, Graph)}, with what was held back from
     * the document's graph for breaking the shapes, recorded in the {@link Quarantine} graph.
     */
    public void replaceDocument(Optional<String> oldIri, String docIri, Graph documentGraph,
                                Graph metaTriples, List<Quarantine.Record> held) {
        Node doc = NodeFactory.createURI(docIri);
        Txn.executeWrite(dsg, () -> {
            oldIri.map(NodeFactory::createURI).ifPresent(this::removeInTxn);
            removeInTxn(doc);
            documentGraph.find().forEachRemaining(t -> dsg.add(doc, t.getSubject(), t.getPredicate(), t.getObject()));
            addToMeta(metaTriples);
            held.forEach(r -> Quarantine.add(dsg, docIri, r));
            EntityIdentity.resolve(dsg);
        });
    }

    /**
     * Stores a document under an identity ({@code org.newskg.ingest.Identity}), in one write
     * transaction: the document that had this identity before loses it (and goes, if no other
     * identity names it); a document with the same IRI (same text) is replaced, keeping its
     * other identities. Nothing else is touched, whatever the order of a feed.
     *
     * @param held what was held back from the graph for breaking the shapes, for the quarantine graph
     */
    public void storeDocument(String identity, String docIri, Graph documentGraph, Graph metaTriples,
                              List<Quarantine.Record> held) {
        Node doc = NodeFactory.createURI(docIri);
        Txn.executeWrite(dsg, () -> {
            Identities ids = new Identities(dsg, this::removeInTxn);
            ids.release(identity, doc);
            List<Node> kept = ids.of(doc);
            removeInTxn(doc);
            documentGraph.find().forEachRemaining(t -> dsg.add(doc, t.getSubject(), t.getPredicate(), t.getObject()));
            addToMeta(metaTriples);
            ids.give(doc, kept);
            ids.give(doc, List.of(NodeFactory.createLiteralString(identity)));
            held.forEach(r -> Quarantine.add(dsg, docIri, r));
            EntityIdentity.resolve(dsg);
        });
    }

    /**
     * Records that a document already stored (same text) now also has this identity; the
     * document that had it before loses it.
     */
    public void attachIdentity(String identity, String docIri) {
        Node doc = NodeFactory.createURI(docIri);
        Node id = NodeFactory.createLiteralString(identity);
        if (Txn.calculateRead(dsg, () -> dsg.contains(META, doc, Vocab.IDENTIFIER.asNode(), id))) {
            return;
        }
        Txn.executeWrite(dsg, () -> {
            new Identities(dsg, this::removeInTxn).release(identity, doc);
            dsg.add(META, doc, Vocab.IDENTIFIER.asNode(), id);
            EntityIdentity.resolve(dsg);
        });
    }

    /** What the quarantine graph holds, ordered by document and focus node. */
    public List<Quarantine.Entry> quarantined() {
        return Txn.calculateRead(dsg, () -> Quarantine.entries(dsg));
    }

    /** Adds the description of an extraction run to the meta graph. */
    public void putRun(Graph runTriples) {
        Txn.executeWrite(dsg, () -> addToMeta(runTriples));
    }

    /** Drops a document's graph and the meta triples whose subject is the document. */
    public void removeDocument(String docIri) {
        Node doc = NodeFactory.createURI(docIri);
        Txn.executeWrite(dsg, () -> {
            removeInTxn(doc);
            EntityIdentity.resolve(dsg);
        });
    }

    private void removeInTxn(Node doc) {
        dsg.deleteAny(doc, Node.ANY, Node.ANY, Node.ANY);
        dsg.deleteAny(META, doc, Node.ANY, Node.ANY);
        Quarantine.remove(dsg, doc);
    }

    private void addToMeta(Graph triples) {
        triples.find().forEachRemaining(t -> dsg.add(META, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** The stored documents, ordered by source then IRI. */
    public List<DocumentInfo> documents() {
        return new StoreCensus(dsg).documents();
    }

    /** Bytes the store's folder takes on disk, old generations and blocks included. */
    public long bytesOnDisk() {
        return StoreFolder.bytesOnDisk(dir);
    }

    /**
     * Compacts the database: TDB2 keeps the old blocks of every committed transaction until
     * compacted, so a store written document by document grows far beyond its content. Writes a
     * new generation holding only the live data and deletes the old one. Other threads must not
     * use the store meanwhile (TDB2 blocks writers during the switch).
     *
     * @return bytes on disk before and after
     */
    public Compaction compact() {
        long before = bytesOnDisk();
        DatabaseMgr.compact(dsg, true);
        return new Compaction(before, bytesOnDisk());
    }

    /** Sizes on disk around a compaction, in bytes. */
    public record Compaction(long bytesBefore, long bytesAfter) {
    }

    /** Counts over the whole store. */
    public StoreStats stats() {
        return new StoreCensus(dsg).stats(bytesOnDisk());
    }

    /**
     * Writes the store, or one graph of it, in an RDF format.
     *
     * @param out      where to write; not closed
     * @param format   one of nq, nt, ttl, trig, jsonld, rdfxml, wa: nq and trig keep the graphs (documents and
     *                 meta); nt, ttl, jsonld and rdfxml write the union of all named graphs
     *                 (documents and meta), the graph SPARQL sees as default; wa writes each
     *                 statement's evidence as a W3C Web Annotation (JSON-LD)
     * @param graphIri one graph to write instead of the whole store
     * @throws IllegalArgumentException for an unknown format
     */
    public void export(OutputStream out, String format, Optional<String> graphIri) {
        Exporter exporter = Exporter.forFormat(format);
        Txn.executeRead(dsg, () -> exporter.write(dsg, out, graphIri.map(NodeFactory::createURI)));
    }

    /** The TDB2 dataset, for the SPARQL server and query runner; use it inside transactions. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** Releases the database and its lock; the store cannot be used afterwards. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            TDBInternal.expel(dsg);
        }
    }
}
