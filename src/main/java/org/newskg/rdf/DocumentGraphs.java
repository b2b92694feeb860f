package org.newskg.rdf;

import org.apache.jena.graph.Graph;

/**
 * What one document contributes to the store.
 *
 * @param documentIri the document's IRI, also the name of its graph
 * @param sha256      its content hash
 * @param source      where it came from
 * @param graph       everything extracted from it
 * @param meta        its metadata triples, for the meta graph
 */
public record DocumentGraphs(String documentIri, String sha256, String source, Graph graph, Graph meta) {
}
