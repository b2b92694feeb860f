/**
 * Extraction: from a {@link org.newskg.model.ParsedDocument} to entities, mentions, relations,
 * quotes and dates ({@link org.newskg.model.Extraction}). A pure function of its input and of
 * two data files (the relation lexicon and the cue words in {@code newskg/*.tsv}).
 * May use: org.newskg.model and the JDK. No CoreNLP, no Jena.
 */
package org.newskg.extract;
