/**
 * Records passed between stages: the input {@link org.newskg.model.Document}, the NLP
 * stage's {@link org.newskg.model.ParsedDocument} and the extraction's
 * {@link org.newskg.model.Extraction}. Plain immutable data; depends on the JDK only.
 * All character offsets are Unicode code points of the original text.
 */
package org.newskg.model;
