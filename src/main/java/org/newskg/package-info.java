/**
 * NewsKG's public API: {@link org.newskg.NewsKg}, built with {@code NewsKg.builder()}, which
 * the command line, the server and the tests all call. It wires the stages together:
 * ingest, nlp, extract, rdf, store, query, serve. May use every NewsKG package except cli.
 */
package org.newskg;
