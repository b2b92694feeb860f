package org.newskg.spark;

import org.apache.spark.api.java.function.Function;
import org.newskg.DocumentExtraction;
import org.newskg.store.DocumentBlocks;

/**
 * Annotates, extracts and gates one document on an executor through ingest's own per-document
 * step ({@link DocumentExtraction}); a document that fails becomes a {@link Failure} with ingest's
 * reason, never a failed task.
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
        DocumentRow row = item.document();
        DocumentExtraction.Result r = ExecutorKg.extraction(config).extract(row.document());
        if (r.failure() != null) {
            return new Extracted(row.sortKey(), null, 0, new Failure(row.source(), r.failure()));
        }
        return new Extracted(row.sortKey(), DocumentBlocks.write(r.graphs(), row.identity(), r.held()), r.tokens(), null);
    }
}
