/**
 * Extraction: from a {@link org.newskg.model.ParsedDocument} to entities, mentions, relations,
 * quotes and dates ({@link org.newskg.model.Extraction}). A pure function of its input and of
 * its data files (the relation lexicon, the cue words and the name lists in {@code newskg/*.tsv}).
 * This package holds the entry point ({@link org.newskg.extract.Extractor}), what every stage of
 * one document shares (the document context, the sentence graphs, the data tables: lexicons, cue
 * words) and nothing else; the stages live in sub-packages by concern:
 * {@code entities} (names, coreference, the entities of a document), {@code time} (dates),
 * {@code speech} (voice, quotations and their speakers) and {@code relations} (the construction
 * rules that find facts).
 * May use: org.newskg.model, org.newskg.names, its own sub-packages and the JDK. No CoreNLP, no Jena.
 */
package org.newskg.extract;
