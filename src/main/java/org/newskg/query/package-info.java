/**
 * Queries: runs SPARQL over a {@link org.newskg.store.KgStore} and writes the results
 * ({@link org.newskg.query.SparqlRunner}), with the union of the store's named graphs as the
 * default graph; and the canned queries of the {@code queries/} folder (also bundled in the jar
 * under {@code newskg/queries/}), read from their comment headers ({@code # name:},
 * {@code # description:}, {@code # param:}) and bound with Jena's
 * {@link org.apache.jena.query.ParameterizedSparqlString}: a parameter {@code name} is the
 * variable {@code ?name}; an optional parameter left out stays unbound and does not filter.
 * Every query runs under a {@link org.newskg.query.QueryGuard}: parsing within the time limit,
 * no SERVICE call unless the {@link org.newskg.query.ServicePolicy} allows its host, and REGEX
 * and REPLACE that stop at the limit.
 * May use: Jena ARQ, org.newskg.store, org.newskg.rdf.
 */
package org.newskg.query;
