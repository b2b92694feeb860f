package org.newskg.spark;

import java.util.List;
import java.util.Locale;

/**
 * What a {@code spark-extract} job did.
 *
 * @param documents documents whose graphs were written
 * @param failures  inputs that gave no graph, sorted by where they stand in the input
 * @param tokens    tokens annotated
 * @param seconds   wall time of the job, from start to the last file written
 * @param out       the output folder
 */
public record SparkExtractReport(long documents, List<Failure> failures, long tokens, double seconds, String out) {

    public SparkExtractReport {
        failures = List.copyOf(failures);
    }

    /** One line for the user. */
    public String summary() {
        return String.format(Locale.ROOT, "%d documents extracted to %s, %d failed%s; %d tokens in %.1f s (%.0f tokens/s)",
                documents, out, failures.size(), failures.isEmpty() ? "" : " (listed in " + SparkOutput.FAILURES + ")",
                tokens, seconds, seconds > 0 ? tokens / seconds : 0.0);
    }
}
