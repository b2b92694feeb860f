package org.newskg.spark;

import org.newskg.model.Options;

import java.util.List;
import java.util.Objects;

/**
 * One {@code spark-extract} job.
 *
 * @param master     the Spark master URL ("local[2]", "yarn", "k8s://..."), or null to take it from
 *                   spark-submit's configuration
 * @param inputs     files and folders in any file system Spark reads (local paths, hdfs://, s3a://)
 * @param out        the output folder, which must not exist yet
 * @param partitions how many extraction tasks the documents are spread over, or 0 for twice the
 *                   cluster's default parallelism
 * @param options    the reading and extraction settings (size limit, default date, cache, lexicon)
 */
public record SparkExtractRequest(String master, List<String> inputs, String out, int partitions, Options options) {

    public SparkExtractRequest {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input paths");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be 1 or more, not " + partitions);
        }
    }
}
