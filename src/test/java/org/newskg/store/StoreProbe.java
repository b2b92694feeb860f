package org.newskg.store;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetImpl;
import org.apache.jena.system.Txn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/** What the store tests read back from a real store: its sorted N-Quads export and SPARQL answers. */
final class StoreProbe {

    static final String PREFIXES = "PREFIX nkg: <https://w3id.org/newskg/ont#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#> ";

    private StoreProbe() {
    }

    /** The store's N-Quads export, its lines sorted (the order the store was filled in aside). */
    static String export(KgStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, "nq", Optional.empty());
        return String.join("\n", new TreeSet<>(out.toString(StandardCharsets.UTF_8).lines().toList()));
    }

    /** A store at this folder filled with the documents in this order, exported. */
    static String build(Path dir, List<StoreDocs> docs) {
        try (KgStore store = KgStore.open(dir)) {
            docs.forEach(d -> d.into(store));
            return export(store);
        }
    }

    /** Opens the store at this folder once, for the checks in the body. */
    static void withStore(Path dir, Consumer<KgStore> body) {
        try (KgStore store = KgStore.open(dir)) {
            body.accept(store);
        }
    }

    /** The sorted values of one variable of a SELECT query (the prefixes above given). */
    static List<String> select(KgStore store, String query, String var) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(PREFIXES + query, DatasetImpl.wrap(dsg))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.getResource(var).getURI());
                }
            }
            out.sort(null);
            return out;
        });
    }

    /** What the mentions with this text point to. */
    static List<String> entityOf(KgStore store, String anchor) {
        return select(store, "SELECT DISTINCT ?e { ?m <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> \""
                + anchor + "\" ; itsrdf:taIdentRef ?e }", "e");
    }
}
