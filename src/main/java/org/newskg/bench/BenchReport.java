package org.newskg.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link Benchmark} measured on one set of documents. Times are milliseconds; "total" is
 * one single-threaded ingest: CoreNLP annotation on one thread + extraction + RDF, SHACL and store.
 *
 * @param documents       documents measured
 * @param tokens          their tokens
 * @param threads         threads of the parallel annotation
 * @param modelLoadMs     loading the CoreNLP models
 * @param warmupMs        annotating the first document once before measuring (JIT warm-up), not counted
 * @param annotate1Ms     CoreNLP annotation (and its translation to NewsKG's model) on one thread
 * @param annotateNMs     the same on {@code threads} threads
 * @param extractMs       NewsKG's extraction (entities, relations, quotes, time) from the annotations
 * @param rdfMs           building the RDF graphs
 * @param shaclMs         SHACL validation of each document's graph
 * @param storeMs         TDB2 writes, one transaction per document, into a temporary store
 * @param cacheWriteMs    writing the annotations to an annotation cache
 * @param cacheExtractMs  re-extraction from the cache: reading the cached annotations plus extraction
 * @param peakHeapBytes   highest used heap sampled during the run (garbage included)
 * @param peakAfterGcBytes highest heap occupancy right after a collection: the peak of what was live
 * @param liveHeapBytes   used heap after a full collection at the end (models and data live)
 * @param maxHeapBytes    the heap limit
 * @param failed          documents whose extraction or graph failed, one line each
 */
public record BenchReport(int documents, long tokens, int threads, double modelLoadMs, double warmupMs,
                          double annotate1Ms, double annotateNMs, double extractMs, double rdfMs, double shaclMs,
                          double storeMs, double cacheWriteMs, double cacheExtractMs, long peakHeapBytes,
                          long peakAfterGcBytes, long liveHeapBytes, long maxHeapBytes, List<String> failed) {

    /** The share of total time NewsKG may add beyond CoreNLP's own annotation. */
    public static final double TARGET_OVERHEAD = 0.10;
    /** Two threads should annotate at least this much faster than one. */
    public static final double TARGET_TWO_THREAD_SPEEDUP = 1.7;
    /** Re-extraction from the cache should be at least this much faster than the first annotation. */
    public static final double TARGET_CACHE_SPEEDUP = 20;
    /** Peak heap should stay under this. */
    public static final long TARGET_HEAP_BYTES = 4L << 30;

    public BenchReport {
        failed = List.copyOf(failed);
    }

    /** One single-threaded ingest of the documents. */
    public double totalMs() {
        return annotate1Ms + extractMs + rdfMs + shaclMs + storeMs;
    }

    /** Extraction + RDF + SHACL + store: what NewsKG adds beyond CoreNLP. */
    public double newsKgMs() {
        return extractMs + rdfMs + shaclMs + storeMs;
    }

    /** {@link #newsKgMs()} as a share of {@link #totalMs()}. */
    public double newsKgShare() {
        return share(newsKgMs());
    }

    /** How much faster annotation runs on {@code threads} threads than on one. */
    public double threadSpeedup() {
        return annotateNMs > 0 ? annotate1Ms / annotateNMs : 0;
    }

    /** First pass (annotation on one thread + extraction) over re-extraction from the cache. */
    public double cacheSpeedup() {
        return cacheExtractMs > 0 ? (annotate1Ms + extractMs) / cacheExtractMs : 0;
    }

    /** Tokens per second of annotation on one thread. */
    public double tokensPerSecond1() {
        return perSecond(annotate1Ms);
    }

    /** Tokens per second of annotation on {@code threads} threads. */
    public double tokensPerSecondN() {
        return perSecond(annotateNMs);
    }

    private double perSecond(double ms) {
        return ms > 0 ? tokens / (ms / 1000) : 0;
    }

    private double share(double ms) {
        double total = totalMs();
        return total > 0 ? ms / total : 0;
    }

    /** A table for people, with the targets. */
    public String toTable() {
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "%d documents, %d tokens; annotation threads: 1 and %d",
                documents, tokens, threads));
        rows.add(String.format(Locale.ROOT, "%-44s %10s %8s  %s", "stage", "ms", "share", "target"));
        rows.add(row("model load (once per JVM)", modelLoadMs, "", ""));
        rows.add(row("warm-up: first document, not counted", warmupMs, "", ""));
        rows.add(row(String.format(Locale.ROOT, "CoreNLP annotation, 1 thread (%.0f tok/s)", tokensPerSecond1()),
                annotate1Ms, pct(share(annotate1Ms)), ""));
        rows.add(row(String.format(Locale.ROOT, "CoreNLP annotation, %d threads (%.0f tok/s)", threads,
                tokensPerSecondN()), annotateNMs, "", String.format(Locale.ROOT, "%.2fx vs 1 thread %s",
                threadSpeedup(), threads >= 2 ? verdict(threadSpeedup() >= TARGET_TWO_THREAD_SPEEDUP, ">= 1.7x")
                        : "(one core: not measurable)")));
        rows.add(row("NewsKG extraction", extractMs, pct(share(extractMs)), ""));
        rows.add(row("RDF building", rdfMs, pct(share(rdfMs)), ""));
        rows.add(row("SHACL validation", shaclMs, pct(share(shaclMs)), ""));
        rows.add(row("TDB2 writes (one transaction per document)", storeMs, pct(share(storeMs)), ""));
        rows.add(row("NewsKG beyond CoreNLP (the four above)", newsKgMs(), pct(newsKgShare()),
                verdict(newsKgShare() <= TARGET_OVERHEAD, "<= 10%")));
        rows.add(row("total, one thread", totalMs(), pct(1), ""));
        rows.add(row("annotation cache: write", cacheWriteMs, "", ""));
        rows.add(row("re-extraction from the cache", cacheExtractMs, "", String.format(Locale.ROOT,
                "%.1fx faster %s", cacheSpeedup(), verdict(cacheSpeedup() >= TARGET_CACHE_SPEEDUP, ">= 20x"))));
        rows.add(String.format(Locale.ROOT, "%-44s %10s %8s  %s", "peak heap used (sampled, garbage included)",
                mb(peakHeapBytes), "", verdict(peakHeapBytes < TARGET_HEAP_BYTES, "< 4096 MB")));
        rows.add(String.format(Locale.ROOT, "%-44s %10s", "peak heap after a collection (live set)",
                mb(peakAfterGcBytes)));
        rows.add(String.format(Locale.ROOT, "%-44s %10s", "live heap after full GC at the end", mb(liveHeapBytes)));
        rows.add(String.format(Locale.ROOT, "%-44s %10s", "heap limit (-Xmx)", mb(maxHeapBytes)));
        for (String f : failed) {
            rows.add("failed: " + f);
        }
        return String.join(System.lineSeparator(), rows);
    }

    private static String row(String stage, double ms, String share, String target) {
        return String.format(Locale.ROOT, "%-44s %10.0f %8s  %s", stage, ms, share, target).stripTrailing();
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }

    private static String verdict(boolean met, String target) {
        return (met ? "ok " : "MISSED ") + target;
    }

    /** The figures, derived ones and targets included, as a JSON object. */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", documents);
        m.put("tokens", tokens);
        m.put("threads", threads);
        m.put("modelLoadMs", round(modelLoadMs));
        m.put("warmupMs", round(warmupMs));
        m.put("annotate1Ms", round(annotate1Ms));
        m.put("annotate1TokensPerSecond", round(tokensPerSecond1()));
        m.put("annotateNMs", round(annotateNMs));
        m.put("annotateNTokensPerSecond", round(tokensPerSecondN()));
        m.put("threadSpeedup", round(threadSpeedup()));
        m.put("extractMs", round(extractMs));
        m.put("rdfMs", round(rdfMs));
        m.put("shaclMs", round(shaclMs));
        m.put("storeMs", round(storeMs));
        m.put("totalMs", round(totalMs()));
        m.put("newsKgMs", round(newsKgMs()));
        m.put("newsKgShare", round(newsKgShare()));
        m.put("cacheWriteMs", round(cacheWriteMs));
        m.put("cacheExtractMs", round(cacheExtractMs));
        m.put("cacheSpeedup", round(cacheSpeedup()));
        m.put("peakHeapBytes", peakHeapBytes);
        m.put("peakAfterGcBytes", peakAfterGcBytes);
        m.put("liveHeapBytes", liveHeapBytes);
        m.put("maxHeapBytes", maxHeapBytes);
        m.put("failed", failed);
        Map<String, Boolean> targets = new LinkedHashMap<>();
        targets.put("newsKgShareAtMost10Percent", newsKgShare() <= TARGET_OVERHEAD);
        targets.put("threadSpeedupAtLeast1.7", threads >= 2 && threadSpeedup() >= TARGET_TWO_THREAD_SPEEDUP);
        targets.put("cacheSpeedupAtLeast20", cacheSpeedup() >= TARGET_CACHE_SPEEDUP);
        targets.put("peakHeapUnder4GB", peakHeapBytes < TARGET_HEAP_BYTES);
        m.put("targetsMet", targets);
        try {
            return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the benchmark as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
