package org.newskg.model;

/**
 * A quotation found in the text, quote marks included in the span.
 *
 * @param begin         code-point offset of the opening mark
 * @param end           code-point offset after the closing mark
 * @param text          the quoted words without the marks
 * @param sentence      index of the sentence the quote starts in
 * @param speakerHint   the NLP stage's own guess at the speaker (surface form), or null
 */
public record QuoteSpan(int begin, int end, String text, int sentence, String speakerHint) {
}
