package org.newskg.dev;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;

/** Developer tool (test scope): lists the statements of TriG files, one line each. */
public final class DumpFacts {
    public static void main(String[] args) {
        for (String f : args) {
            Dataset ds = RDFDataMgr.loadDataset(f);
            System.out.println("== " + f);
            String q = """
                PREFIX nkg: <https://w3id.org/newskg/ont#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?sl ?p ?ol ?date ?theme ?neg ?hedged ?trig WHERE { GRAPH ?g { ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                  OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?o rdfs:label ?ol } OPTIONAL { ?st nkg:date ?date } OPTIONAL { ?st nkg:theme ?theme }
                  OPTIONAL { ?st nkg:negated ?neg } OPTIONAL { ?st nkg:hedged ?hedged } OPTIONAL { ?st nkg:trigger ?trig } } }""";
            try (QueryExecution qe = QueryExecution.create(q, ds)) {
                qe.execSelect().forEachRemaining(r -> System.out.println("  " + r.get("sl") + " " + r.get("p").asResource().getLocalName()
                        + " " + r.get("ol") + " | date=" + r.get("date") + " theme=" + r.get("theme") + " neg=" + r.get("neg").asLiteral().getLexicalForm()
                        + " hedged=" + r.get("hedged").asLiteral().getLexicalForm() + " [" + r.get("trig") + "]"));
            }
        }
    }
}
