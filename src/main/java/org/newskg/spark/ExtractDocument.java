package org.newskg.spark;

import org.apache.spark.api.java.function.Function;
import org.newskg.NewsKg;
import org.newskg.model.Document;
import org.newskg.model.Extraction;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.GraphBuilder;
import org.newskg.shapes.ValidationOutcome;

/**
 * Annotates, extracts and checks one document on an executor, through the same calls an ingest
 * makes for each document (extract, build the graphs, validate against the contract's shapes);
 * a document that fails becomes a {@link Failure} with ingest's reason, never a failed task.
 */
final class ExtractDocument implements Function<ReadItem, Extracted> {

    private final JobConfig config;

    ExtractDocument(JobConfig config) {
        this.config = config;
    }

    @Override
    public Extracted call(ReadItem item) {
        if (!item.isDocument()) {
            return new Extracted(item.sortKey(), null, 0, item.failure());
        }
        return extract(item.document());
    }

    private Extracted extract(DocumentRow row) {
        NewsKg kg = ExecutorKg.get(config);
        Document doc = row.document();
        Extraction x;
        DocumentGraphs g;
        ValidationOutcome check;
        try {
            x = kg.extract(doc);
            g = new GraphBuilder(config.runIri()).build(x);
            check = kg.validate(g);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(row, "extraction failed: " + e);
        }
        if (!check.conforms()) {
            return failed(row, "its graph breaks the contract, not stored: " + check.violations().size()
                    + " violations, first: " + check.violations().get(0).toText());
        }
        return new Extracted(row.sortKey(), DocumentQuads.write(g), x.parsed().tokenCount(), null);
    }

    private static Extracted failed(DocumentRow row, String reason) {
        return new Extracted(row.sortKey(), null, 0, new Failure(row.source(), reason));
    }
}
