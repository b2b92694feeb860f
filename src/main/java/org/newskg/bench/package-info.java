/**
 * Measuring NewsKG: where the time and memory of an ingest go (model load, CoreNLP annotation on
 * one and on all threads, NewsKG's extraction, RDF building, SHACL validation, TDB2 writes,
 * re-extraction from the annotation cache) for a set of documents, and how cost grows with a
 * document's length and with the store's size ({@link org.newskg.bench.ScalingBenchmark}, behind
 * {@code newskg bench --scaling}). Behind {@code newskg bench};
 * may use {@link org.newskg.NewsKg} and the stage packages' public types, never the command line.
 */
package org.newskg.bench;
