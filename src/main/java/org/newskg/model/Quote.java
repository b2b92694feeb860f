package org.newskg.model;

/**
 * A quotation with its speaker.
 *
 * @param begin      code-point offset of the quote span
 * @param end        code-point offset after it
 * @param text       the quoted words
 * @param speakerKey the speaker's entity key, or null when unknown
 * @param date       ISO date it was said, or null
 * @param sentence   sentence index
 */
public record Quote(int begin, int end, String text, String speakerKey, String date, int sentence) {
}
