package org.newskg;

import java.util.List;

/**
 * What an ingest run did.
 *
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
public record IngestReport(int stored, int unchanged, List<String> failed, int skipped, int entities, int facts,
                           int quotes, long tokens, double seconds) {

    public IngestReport {
        failed = List.copyOf(failed);
    }

    /** Tokens per second of the whole run. */
    public double tokensPerSecond() {
        return seconds > 0 ? tokens / seconds : 0;
    }

    /** One-paragraph summary for people. */
    public String summary() {
        return String.format("%d stored, %d unchanged, %d failed, %d skipped; %d entities, %d facts, %d quotes;"
                        + " %.1f s, %.0f tokens/s",
                stored, unchanged, failed.size(), skipped, entities, facts, quotes, seconds, tokensPerSecond());
    }
}
