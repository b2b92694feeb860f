/**
 * The entities of one document: candidate spans from NER and the parse, names that stand for one
 * entity (expansions, short forms, surnames, handles), coreference and title anaphors, and the
 * entities, mentions and aliases they become ({@link org.newskg.extract.entities.EntityResolver}).
 * May use: org.newskg.extract (the document context and data tables), org.newskg.model,
 * org.newskg.names and the JDK.
 */
package org.newskg.extract.entities;
