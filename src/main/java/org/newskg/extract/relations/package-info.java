/**
 * The construction rules that find facts: lexicon triggers over the dependency graph
 * ({@link org.newskg.extract.relations.RelationExtractor},
 * {@link org.newskg.extract.relations.Tier2Extractor}), the argument finder, and one class per
 * construction (roles, channels, appositions, court stories...), most of them a
 * {@link org.newskg.extract.relations.TokenRule}.
 * May use: org.newskg.extract and its other sub-packages, org.newskg.model, org.newskg.names and
 * the JDK.
 */
package org.newskg.extract.relations;
