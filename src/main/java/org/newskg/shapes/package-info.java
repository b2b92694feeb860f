/**
 * SHACL validation of NewsKG graphs against {@code ontology/shapes.ttl} (bundled in the jar as
 * {@code newskg/ontology/shapes.ttl}), with results as plain records and readable lines.
 * Run it on one document's graph merged with the meta graph, or on the union of the store.
 * Depends on Jena SHACL and {@link org.newskg.rdf.Vocab}.
 */
package org.newskg.shapes;
