/**
 * The read-only SPARQL endpoint over a {@link org.newskg.store.KgStore}: embedded Fuseki
 * with the dataset {@code /newskg} and the browser page from the classpath folder
 * {@code /newskg-web/} ({@link org.newskg.serve.SparqlServer}). Depends on Fuseki main,
 * Jena and {@code org.newskg.store} only.
 */
package org.newskg.serve;
