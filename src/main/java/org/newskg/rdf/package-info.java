/**
 * RDF: the contract's vocabulary ({@link org.newskg.rdf.Vocab}) and the translation of an
 * {@link org.newskg.model.Extraction} into a document graph plus its metadata
 * ({@link org.newskg.rdf.GraphBuilder}). May use: Jena core/ARQ, org.newskg.model.
 */
package org.newskg.rdf;
