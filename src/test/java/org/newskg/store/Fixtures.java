package org.newskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.rdf.Vocab;

/** Two small documents and their metadata, laid out as the contract says. */
public final class Fixtures {

    public static final String DOC_A = Vocab.documentIri("aaaa");
    public static final String DOC_B = Vocab.documentIri("bbbb");
    public static final String RUN = Vocab.RUN + "run-1";
    /** The hand-made store with the seed article's sentences, a test resource. */
    public static final String SMALL_STORE = "fixtures/small-store.trig";

    /** Two document graphs and the meta graph, in TriG. */
    public static final String TRIG = """
            PREFIX nkg: <https://w3id.org/newskg/ont#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <https://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX id: <https://w3id.org/newskg/id/>

            GRAPH <https://w3id.org/newskg/doc/aaaa> {
              <https://w3id.org/newskg/doc/aaaa#char=0,30> a nif:Context ;
                  nif:isString "Trump Jr. messaged WikiLeaks." ; nif:beginIndex 0 ; nif:endIndex 30 .
              <https://w3id.org/newskg/id/person/donald-trump-jr> a nkg:Person ;
                  rdfs:label "Donald Trump Jr." ; skos:altLabel "Trump Jr." .
              <https://w3id.org/newskg/id/organization/wikileaks> a nkg:Organization ;
                  rdfs:label "WikiLeaks" .
              <https://w3id.org/newskg/id/person/donald-trump-jr> nkg:messaged
                  <https://w3id.org/newskg/id/organization/wikileaks> .
              [] a rdf:Statement ; rdf:subject <https://w3id.org/newskg/id/person/donald-trump-jr> ;
                 rdf:predicate nkg:messaged ; rdf:object <https://w3id.org/newskg/id/organization/wikileaks> ;
                 nkg:trigger "messaged" ; nkg:confidence 0.9 ;
                 prov:wasGeneratedBy <https://w3id.org/newskg/run/run-1> .
              [] a nkg:Quote ; nkg:speaker <https://w3id.org/newskg/id/organization/wikileaks> ;
                 nkg:text "Hi" .
            }
            GRAPH <https://w3id.org/newskg/doc/bbbb> {
              <https://w3id.org/newskg/id/organization/wikileaks> a nkg:Organization ;
                  rdfs:label "WikiLeaks" .
              <https://w3id.org/newskg/id/location/moscow> a nkg:Location ; rdfs:label "Moscow" .
              <https://w3id.org/newskg/id/organization/wikileaks> nkg:met
                  <https://w3id.org/newskg/id/location/moscow> .
            }
            GRAPH <https://w3id.org/newskg/graph/meta> {
              <https://w3id.org/newskg/doc/aaaa> a schema:NewsArticle ; dcterms:title "Alpha" ;
                  dcterms:date "2017-11-13"^^xsd:date ; dcterms:source "news/a.txt" ;
                  nkg:sha256 "aaaa" ; prov:wasGeneratedBy <https://w3id.org/newskg/run/run-1> .
              <https://w3id.org/newskg/doc/bbbb> a schema:NewsArticle ; dcterms:title "Beta" ;
                  dcterms:source "news/b.txt" ; nkg:sha256 "bbbb" ;
                  prov:wasGeneratedBy <https://w3id.org/newskg/run/run-1> .
              <https://w3id.org/newskg/run/run-1> a prov:Activity ;
                  prov:startedAtTime "2025-01-01T00:00:00Z"^^xsd:dateTime ; nkg:softwareVersion "0.1.0" .
            }
            """;

    private Fixtures() {
    }

    /** The fixture as an in-memory dataset. */
    public static DatasetGraph dataset() {
        return RDFParser.fromString(TRIG, Lang.TRIG).toDatasetGraph();
    }

    /** The triples of one graph of the fixture whose subject is {@code subject} (or all, if null). */
    public static Graph meta(String subject) {
        Graph meta = dataset().getGraph(NodeFactory.createURI(Vocab.META_GRAPH));
        Graph out = GraphFactory.createDefaultGraph();
        Node s = subject == null ? Node.ANY : NodeFactory.createURI(subject);
        meta.find(s, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    /** A document graph of the fixture. */
    public static Graph graph(String docIri) {
        return dataset().getGraph(NodeFactory.createURI(docIri));
    }

    /** The hand-made store of test resource {@value #SMALL_STORE}, as a dataset. */
    public static DatasetGraph smallStore() {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(SMALL_STORE)) {
            if (in == null) {
                throw new IllegalStateException(SMALL_STORE + " not on the test classpath");
            }
            return RDFParser.source(in).lang(Lang.TRIG).toDatasetGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills a store with the documents and the meta graph of {@value #SMALL_STORE}. */
    public static void loadSmallStore(KgStore store) {
        DatasetGraph ds = smallStore();
        Node meta = NodeFactory.createURI(Vocab.META_GRAPH);
        List<Node> names = new ArrayList<>();
        ds.listGraphNodes().forEachRemaining(names::add);
        for (Node name : names) {
            if (!name.equals(meta)) {
                store.putDocument(name.getURI(), ds.getGraph(name), GraphFactory.createDefaultGraph());
            }
        }
        store.putRun(ds.getGraph(meta));
    }

    /** Fills a store with the two documents and the run. */
    public static void load(KgStore store) {
        store.putDocument(DOC_A, graph(DOC_A), meta(DOC_A));
        store.putDocument(DOC_B, graph(DOC_B), meta(DOC_B));
        store.putRun(meta(RUN));
    }
}
