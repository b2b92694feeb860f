package org.newskg;

import java.util.List;

/**
 * What an ingest run did.
 *
 * @param read         documents read from the inputs (stored, unchanged, duplicate or failed after reading)
 * @param stored       documents extracted and stored
 * @param unchanged    documents skipped because the store has them already
 * @param failed       inputs that failed, one line each ("file: reason"): the first
 *                     {@link #KEPT_FAILURES} only, {@code failures} counts them all
 * @param failures     inputs that failed
 * @param duplicates   items that had the same identity as a later item of the run (the later was kept)
 * @param quarantined  statements held back from their documents for breaking the shapes
 * @param skipped      inputs passed over (unsupported types)
 * @param entities     entities in the stored documents
 * @param facts        statements in the stored documents
 * @param quotes       quotes in the stored documents
 * @param tokens       tokens of the stored documents
 * @param annotatedTokens tokens annotated by CoreNLP in this run (not from the cache)
 * @param annotationSeconds wall time of CoreNLP annotation, model load excluded
 * @param loadSeconds  time spent loading the models in this run
 * @param seconds      wall time of the whole run
 */
public record IngestReport(int read, int stored, int unchanged, List<String> failed, int failures,
                           int duplicates, int quarantined, int skipped, int entities, int facts, int quotes,
                           long tokens, long annotatedTokens, double annotationSeconds, double loadSeconds,
                           double seconds) {

    /** Failure lines kept for the summary; a feed refused line by line is counted, not kept. */
    public static final int KEPT_FAILURES = 100;

    public IngestReport {
        failed = List.copyOf(failed);
    }

    /** Tokens per second of annotation, model load apart (0 when nothing was annotated). */
    public double tokensPerSecond() {
        return annotationSeconds > 0 ? annotatedTokens / annotationSeconds : 0;
    }

    /** Summary for people: one line of counts, then one indented line per failure with its reason. */
    public String summary() {
        StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT,
                "%d read: %d stored, %d unchanged (skipped), %d failed%s; %d passed over; %d entities, %d facts,"
                        + " %d quotes%s; %.1f s",
                read, stored, unchanged, failures,
                duplicates == 0 ? "" : ", " + duplicates + " replaced by a later item with the same identity",
                skipped, entities, facts, quotes,
                quarantined == 0 ? "" : ", " + quarantined + " statements quarantined", seconds));
        if (annotatedTokens > 0) {
            s.append(String.format(java.util.Locale.ROOT, " (annotation: %d tokens in %.1f s, %.0f tokens/s%s)",
                    annotatedTokens, annotationSeconds, tokensPerSecond(),
                    loadSeconds > 0 ? String.format(java.util.Locale.ROOT, "; model load %.1f s apart", loadSeconds)
                            : ""));
        }
        if (!failed.isEmpty()) {
            s.append(System.lineSeparator()).append("failed:");
            for (String f : failed) {
                s.append(System.lineSeparator()).append("  ").append(f);
            }
            if (failures > failed.size()) {
                s.append(System.lineSeparator()).append("  ... and ").append(failures - failed.size())
                        .append(" more (each named on stderr)");
            }
        }
        return s.toString();
    }
}
