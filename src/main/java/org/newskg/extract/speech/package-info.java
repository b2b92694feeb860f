/**
 * How the text presents a fact and who says it: negation, hedges and attribution read from the
 * clauses above a trigger ({@link org.newskg.extract.speech.VoiceDetector}), and the speakers of
 * quotations ({@link org.newskg.extract.speech.QuoteAttributor}).
 * May use: org.newskg.extract (the document context, the cue words), org.newskg.extract.entities,
 * org.newskg.model and the JDK.
 */
package org.newskg.extract.speech;
