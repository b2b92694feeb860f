package org.newskg.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes NewsKG declares when it writes Turtle, TriG, JSON-LD and RDF/XML. */
public final class Prefixes {

    private Prefixes() {
    }

    /** A new map with the contract's prefixes. */
    public static PrefixMap standard() {
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
        map.add("id", Vocab.ID);
        return map;
    }
}
