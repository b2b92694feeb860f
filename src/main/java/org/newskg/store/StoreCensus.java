package org.newskg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newskg.model.EntityType;
import org.newskg.rdf.Vocab;

/** Read-only views of a store for {@code docs} and {@code stats}: its documents and its counts. */
final class StoreCensus {

    private static final Node META = NodeFactory.createURI(Vocab.META_GRAPH);
    private static final Node TYPE = RDF.type.asNode();

    private final DatasetGraph dsg;

    StoreCensus(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The stored documents, ordered by source then IRI. */
    List<DocumentInfo> documents() {
        return Txn.calculateRead(dsg, () -> {
            List<DocumentInfo> docs = new ArrayList<>();
            dsg.find(META, Node.ANY, TYPE, Vocab.NEWS_ARTICLE.asNode())
                    .forEachRemaining(q -> docs.add(describe(q.getSubject())));
            docs.sort(Comparator.comparing(DocumentInfo::source, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(DocumentInfo::iri));
            return docs;
        });
    }

    private DocumentInfo describe(Node doc) {
        long size = countIterator(dsg.find(doc, Node.ANY, Node.ANY, Node.ANY));
        return new DocumentInfo(doc.getURI(), metaValue(doc, Vocab.TITLE.asNode()),
                metaValue(doc, Vocab.DC_DATE.asNode()), metaValue(doc, Vocab.SOURCE.asNode()),
                metaValue(doc, Vocab.SHA256.asNode()), size);
    }

    private String metaValue(Node subject, Node property) {
        Iterator<Quad> it = dsg.find(META, subject, property, Node.ANY);
        return it.hasNext() ? text(it.next().getObject()) : null;
    }

    private static String text(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return node.isURI() ? node.getURI() : node.toString();
    }

    /** Counts over the whole store. */
    StoreStats stats(long bytesOnDisk) {
        return Txn.calculateRead(dsg, () -> {
            long documents = countIterator(dsg.find(META, Node.ANY, TYPE, Vocab.NEWS_ARTICLE.asNode()));
            Set<Node> entities = new HashSet<>();
            for (EntityType type : EntityType.values()) {
                collectSubjects(Vocab.nkg(type.className()).asNode(), entities);
            }
            Set<Node> facts = collectSubjects(RDF.Statement.asNode(), new HashSet<>());
            Set<Node> quotes = collectSubjects(Vocab.QUOTE.asNode(), new HashSet<>());
            long triples = countIterator(dsg.find());
            return new StoreStats(documents, entities.size(), facts.size(), quotes.size(), triples,
                    Quarantine.count(dsg), bytesOnDisk);
        });
    }

    private Set<Node> collectSubjects(Node type, Set<Node> into) {
        dsg.find(Node.ANY, Node.ANY, TYPE, type).forEachRemaining(q -> into.add(q.getSubject()));
        return into;
    }

    private static long countIterator(Iterator<?> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
