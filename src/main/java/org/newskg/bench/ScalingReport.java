package org.newskg.bench;

import java.util.List;
import java.util.Locale;

/**
 * How cost grows with the work: extraction time per 1,000 tokens by document length, and the time
 * to store one document by how many documents the store already holds.
 *
 * @param extraction one point per document length, shortest first
 * @param store      one point per store size, smallest first
 * @param notes      how the figures were made (sources, repetitions), one line each
 */
public record ScalingReport(List<ExtractionPoint> extraction, List<StorePoint> store, List<String> notes) {

    /** Targets of issue 15: cost per token and per stored document within 2x across the range. */
    public static final double TARGET_RATIO = 2.0;

    public ScalingReport {
        extraction = List.copyOf(extraction);
        store = List.copyOf(store);
        notes = List.copyOf(notes);
    }

    /**
     * @param tokens   the document's length in tokens
     * @param runs     how many timed runs the median is over (0: it failed or did not finish within the budget)
     * @param medianMs the median time of one extraction, in milliseconds
     */
    public record ExtractionPoint(int tokens, int runs, double medianMs) {
        public double msPer1000Tokens() {
            return runs == 0 ? Double.NaN : medianMs * 1000.0 / tokens;
        }
    }

    /**
     * @param storedDocuments documents whose metadata the store held before
     * @param documents       how many documents were stored and timed
     * @param medianMs        the median time to store one (lookups by hash and source, then the write)
     */
    public record StorePoint(int storedDocuments, int documents, double medianMs) {
    }

    /** Per-token extraction cost of the longest document over the shortest's (NaN if one is missing). */
    public double extractionRatio() {
        if (extraction.size() < 2) {
            return Double.NaN;
        }
        return extraction.get(extraction.size() - 1).msPer1000Tokens() / extraction.get(0).msPer1000Tokens();
    }

    /** Per-document store time at the largest store over the smallest's. */
    public double storeRatio() {
        if (store.size() < 2) {
            return Double.NaN;
        }
        return store.get(store.size() - 1).medianMs() / store.get(0).medianMs();
    }

    public String toTable() {
        StringBuilder sb = new StringBuilder("extraction by document length\n");
        sb.append(String.format(Locale.ROOT, "  %8s %6s %12s %16s%n", "tokens", "runs", "ms/document", "ms/1,000 tokens"));
        for (ExtractionPoint p : extraction) {
            sb.append(p.runs() == 0
                    ? String.format(Locale.ROOT, "  %8d %6s %12s %16s%n", p.tokens(), "-", "failed/late", "-")
                    : String.format(Locale.ROOT, "  %8d %6d %12.1f %16.2f%n", p.tokens(), p.runs(), p.medianMs(),
                    p.msPer1000Tokens()));
        }
        sb.append("store time by store size\n");
        sb.append(String.format(Locale.ROOT, "  %16s %10s %12s%n", "stored documents", "timed", "ms/document"));
        for (StorePoint p : store) {
            sb.append(String.format(Locale.ROOT, "  %16d %10d %12.2f%n", p.storedDocuments(), p.documents(), p.medianMs()));
        }
        sb.append(String.format(Locale.ROOT, "extraction per token, longest / shortest: %.2fx (target <= %.1fx)%n",
                extractionRatio(), TARGET_RATIO));
        sb.append(String.format(Locale.ROOT, "store per document, largest / smallest store: %.2fx (target <= %.1fx)%n",
                storeRatio(), TARGET_RATIO));
        notes.forEach(n -> sb.append("note: ").append(n).append('\n'));
        return sb.toString();
    }
}
