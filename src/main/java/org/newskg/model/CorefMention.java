package org.newskg.model;

/**
 * One mention in a coreference chain.
 *
 * @param sentence   sentence index
 * @param beginToken first token index
 * @param endToken   token index after the last one
 * @param headToken  index of the head token
 * @param text       the surface form
 * @param kind       PROPER, NOMINAL, PRONOMINAL or LIST
 */
public record CorefMention(int sentence, int beginToken, int endToken, int headToken, String text, String kind) {
}
