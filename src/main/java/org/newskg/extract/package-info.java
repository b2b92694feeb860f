/**
 * Extraction: from a {@link org.newskg.model.ParsedDocument} to entities, mentions, relations,
 * quotes and dates ({@link org.newskg.model.Extraction}). A pure function of its input and of
 * its data files (the relation lexicon, the cue words and the name lists in {@code newskg/*.tsv}).
 * Entities: {@link org.newskg.extract.EntityResolver} and the classes it delegates to
 * (CandidateFinder, NameMerges, CorefLinks, EntityBuilder).
 * May use: org.newskg.model, org.newskg.names and the JDK. No CoreNLP, no Jena.
 */
package org.newskg.extract;
