package org.newskg.model;

/**
 * A temporal expression as normalised by the NLP stage (TIMEX3 value).
 *
 * @param sentence   sentence index
 * @param beginToken first token index
 * @param endToken   token index after the last one
 * @param text       the surface form ("October 10", "Two days later")
 * @param value      the TIMEX3 value ("XXXX-10-10", "2016-09-20", "P2D"), or null
 * @param type       DATE, TIME, DURATION or SET
 */
public record TimeExpression(int sentence, int beginToken, int endToken, String text, String value, String type) {
}
