/**
 * Extraction on Apache Spark: the one place Spark appears. {@link org.newskg.spark.SparkExtraction}
 * reads documents from any path Spark can read, annotates and extracts them on the executors with
 * one NewsKG (one CoreNLP pipeline) per executor JVM, and writes each document's graph and
 * metadata as N-Quads ({@link org.newskg.store.DocumentBlocks}), plus a failures list, into an
 * output folder that {@code newskg load} puts into a store. Each document goes through ingest's own
 * per-document step ({@link org.newskg.DocumentExtraction}), so it gets the same graph.
 *
 * <p>May use Spark, Jena RIOT (to write N-Quads), Jackson, {@code org.newskg} (the public API), {@code org.newskg.store} (the block format),
 * {@code org.newskg.ingest} (the readers), {@code org.newskg.rdf} and {@code org.newskg.model};
 * nothing but the command line depends on it, and only when {@code spark-extract} runs.
 */
package org.newskg.spark;
