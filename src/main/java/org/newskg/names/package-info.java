/**
 * Rules for comparing entity names, shared by extraction (within a document) and the store
 * (across documents): normalising, surnames, corporate suffixes, initials, known short forms.
 * The word lists are data ({@code newskg/names.tsv}). Plain Java: depends on nothing else.
 */
package org.newskg.names;
