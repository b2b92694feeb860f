package org.newskg.model;

/**
 * A span of text that refers to an entity.
 *
 * @param begin     code-point offset
 * @param end       code-point offset after the mention
 * @param text      the surface form
 * @param entityKey the entity's key
 * @param sentence  sentence index
 */
public record Mention(int begin, int end, String text, String entityKey, int sentence) {
}
