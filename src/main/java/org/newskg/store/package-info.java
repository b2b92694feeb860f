/**
 * The NewsKG store: a TDB2 database on disk holding one named graph per document and the
 * meta graph of documents and runs ({@link org.newskg.store.KgStore}), and the graph of
 * entity merges across documents ({@link org.newskg.store.EntityIdentity}, which resolves
 * names again after each write). Every read and write runs in a transaction. Depends on Jena
 * ARQ/TDB2, {@code org.newskg.rdf}, {@code org.newskg.names} and {@code org.newskg.model} only.
 */
package org.newskg.store;
