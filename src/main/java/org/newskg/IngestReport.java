package org.newskg;

import java.util.List;

/**
 * What an ingest run did.
 *
 * @param read      documents read from the inputs (stored, unchanged or failed after reading)
 * @param stored    documents extracted and stored
 * @param unchanged documents skipped because the store has them already
 * @param failed    inputs that failed, one line each ("file: reason")
 * @param skipped   inputs passed over (unsupported types)
 * @param entities  entities in the stored documents
 * @param facts     statements in the stored documents
 * @param quotes    quotes in the stored documents
 * @param tokens    tokens annotated
 * @param seconds   wall time
 */
public record IngestReport(int read, int stored, int unchanged, List<String> failed, int skipped, int entities,
                           int facts, int quotes, long tokens, double seconds) {

    public IngestReport {
        failed = List.copyOf(failed);
    }

    /** Tokens per second of the whole run. */
    public double tokensPerSecond() {
        return seconds > 0 ? tokens / seconds : 0;
    }

    /** Summary for people: one line of counts, then one indented line per failure with its reason. */
    public String summary() {
        StringBuilder s = new StringBuilder(String.format(
                "%d read: %d stored, %d unchanged (skipped), %d failed; %d passed over; %d entities, %d facts,"
                        + " %d quotes; %.1f s, %.0f tokens/s",
                read, stored, unchanged, failed.size(), skipped, entities, facts, quotes, seconds,
                tokensPerSecond()));
        if (!failed.isEmpty()) {
            s.append(System.lineSeparator()).append("failed:");
            for (String f : failed) {
                s.append(System.lineSeparator()).append("  ").append(f);
            }
        }
        return s.toString();
    }
}
