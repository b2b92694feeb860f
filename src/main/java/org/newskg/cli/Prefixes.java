package org.newskg.cli;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.newskg.rdf.Vocab;

/** The prefixes the command line declares when it writes RDF. */
final class Prefixes {

    private Prefixes() {
    }

    static PrefixMap standard() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("nkg", Vocab.NKG);
        pm.add("nif", Vocab.NIF);
        pm.add("itsrdf", Vocab.ITSRDF);
        pm.add("prov", Vocab.PROV);
        pm.add("schema", Vocab.SCHEMA);
        pm.add("dcterms", Vocab.DCTERMS);
        pm.add("skos", Vocab.SKOS);
        pm.add("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.add("id", Vocab.ID);
        return pm;
    }
}
