/**
 * The NewsKG store: a TDB2 database on disk holding one named graph per document and the
 * meta graph of documents and runs ({@link org.newskg.store.KgStore}). Every read and write
 * runs in a transaction. Depends on Jena ARQ/TDB2, {@code org.newskg.rdf} and
 * {@code org.newskg.model} only.
 */
package org.newskg.store;
