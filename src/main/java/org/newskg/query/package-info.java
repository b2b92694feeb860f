/**
 * Canned SPARQL queries: the {@code .rq} files of the {@code queries/} folder (also bundled in
 * the jar under {@code newskg/queries/}), their comment headers ({@code # name:},
 * {@code # description:}, {@code # param:}) and the binding of parameters with Jena's
 * {@link org.apache.jena.query.ParameterizedSparqlString}. A parameter {@code name} appears in
 * the query as the variable {@code ?name}; an optional parameter left out stays unbound, and
 * the query is written so that then it does not filter. Depends on Jena ARQ only.
 */
package org.newskg.query;
