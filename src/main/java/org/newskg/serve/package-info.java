/**
 * The read-only SPARQL endpoint over a {@link org.newskg.store.KgStore}: embedded Fuseki
 * with the dataset {@code /newskg} and the browser page from the classpath folder
 * {@code /newskg-web/} ({@link org.newskg.serve.SparqlServer}), bound to one address, with
 * SERVICE, CORS and size and time limits held by {@link org.newskg.serve.ServerSettings}.
 * Depends on Fuseki main, Jena, {@code org.newskg.store} and {@code org.newskg.query} only.
 */
package org.newskg.serve;
