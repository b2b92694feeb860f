package org.newskg.store;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.newskg.rdf.Vocab;

/** The prefixes declared in exported Turtle, TriG, JSON-LD and RDF/XML. */
final class Prefixes {

    private Prefixes() {
    }

    /** A new map with the contract's prefixes. */
    static PrefixMap standard() {
        PrefixMap map = PrefixMapFactory.create();
        map.add("nkg", Vocab.NKG);
        map.add("nif", Vocab.NIF);
        map.add("itsrdf", Vocab.ITSRDF);
        map.add("prov", Vocab.PROV);
        map.add("schema", Vocab.SCHEMA);
        map.add("dcterms", Vocab.DCTERMS);
        map.add("skos", Vocab.SKOS);
        map.add("rdfs", RDFS.getURI());
        map.add("xsd", XSD.NS);
        map.add("rdf", RDF.getURI());
        return map;
    }
}
