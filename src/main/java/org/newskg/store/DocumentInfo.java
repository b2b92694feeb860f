package org.newskg.store;

/**
 * One stored document, as its metadata in the meta graph describes it.
 *
 * @param iri         the document IRI, also the name of its graph
 * @param title       dcterms:title, or null
 * @param date        dcterms:date as written (lexical form), or null
 * @param source      dcterms:source, or null
 * @param sha256      nkg:sha256, or null
 * @param tripleCount number of triples in the document's graph
 */
public record DocumentInfo(String iri, String title, String date, String source, String sha256,
                           long tripleCount) {
}
