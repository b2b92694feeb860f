/**
 * Runs SPARQL over a {@link org.newskg.store.KgStore} and writes the results
 * ({@link org.newskg.query.SparqlRunner}). The default graph of every query is the union of
 * the store's named graphs. Depends on Jena ARQ, {@code org.newskg.store} and
 * {@code org.newskg.rdf} only.
 */
package org.newskg.query;
