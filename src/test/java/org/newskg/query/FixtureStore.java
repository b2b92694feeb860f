package org.newskg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/** The hand-made fixture in an in-memory TDB2 dataset whose default graph is the union. */
final class FixtureStore {

    static final String FIXTURE = "fixtures/small-store.trig";

    private final Dataset dataset;

    private FixtureStore(Dataset dataset) {
        this.dataset = dataset;
    }

    static FixtureStore load() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        try (InputStream in = FixtureStore.class.getClassLoader().getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException(FIXTURE + " not on the test classpath");
            }
            ds.executeWrite(() -> RDFParser.source(in).lang(Lang.TRIG).parse(ds.asDatasetGraph()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FixtureStore(ds);
    }

    /** Runs a SELECT query; each row maps a variable to a lexical form or IRI (absent if unbound). */
    List<Map<String, String>> select(Query query) {
        return dataset.calculateRead(() -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution sol = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = sol.get(v);
                        if (n != null) {
                            row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                        }
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    void close() {
        dataset.close();
    }
}
