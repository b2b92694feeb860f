package org.newskg.model;

/**
 * A named-entity mention found by the NER stage.
 *
 * @param sentence   sentence index
 * @param beginToken first token index
 * @param endToken   token index after the last one
 * @param text       the surface form
 * @param type       CoreNLP's entity type (PERSON, ORGANIZATION, CITY, HANDLE, ...)
 */
public record NerMention(int sentence, int beginToken, int endToken, String text, String type) {
}
