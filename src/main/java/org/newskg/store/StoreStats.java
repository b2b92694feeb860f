package org.newskg.store;

/**
 * Counts over a store.
 *
 * @param documents documents described in the meta graph (schema:NewsArticle)
 * @param entities  distinct subjects typed nkg:Person, nkg:Organization, nkg:Location or nkg:Work
 * @param facts     statement nodes (rdf:Statement)
 * @param quotes    quotes (nkg:Quote)
 * @param triples   all quads in the store, meta graph included
 * @param quarantined nodes held back from their documents for breaking the contract's shapes
 * @param bytesOnDisk bytes the store's folder takes on disk
 */
public record StoreStats(long documents, long entities, long facts, long quotes, long triples,
                         long quarantined, long bytesOnDisk) {
}
