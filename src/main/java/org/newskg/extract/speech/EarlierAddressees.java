package org.newskg.extract.speech;

import org.newskg.model.QuoteSpan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Whom the same speaker addressed in a quotation a few sentences before: a reply that names no
 * addressee goes on addressing the earlier one.
 */
final class EarlierAddressees {

    private final List<QuoteSpan> quotes;
    private final IntUnaryOperator sentenceOf;
    private final Map<QuoteSpan, Integer> quoteIndex = new HashMap<>();
    /** For each quotation, the largest end offset of it and every quotation before it. */
    private final int[] maxEndUpTo;

    EarlierAddressees(List<QuoteSpan> quotes, IntUnaryOperator sentenceOf) {
        this.quotes = quotes;
        this.sentenceOf = sentenceOf;
        maxEndUpTo = new int[quotes.size()];
        int max = 0;
        for (int i = 0; i < quotes.size(); i++) {
            quoteIndex.putIfAbsent(quotes.get(i), i);
            max = Math.max(max, quotes.get(i).end());
            maxEndUpTo[i] = max;
        }
    }

    String of(QuoteSpan q, String speaker, Map<QuoteSpan, String> speakers, Map<QuoteSpan, String> addressees) {
        // the latest earlier quotation near q: scan back from q and stop once no earlier one can
        // be near (its begin more than 3 sentences back, and every end before it more than 2)
        int sq = sentenceOf.applyAsInt(q.begin());
        for (int i = quoteIndex.getOrDefault(q, quotes.size()) - 1; i >= 0; i--) {
            QuoteSpan p = quotes.get(i);
            if (sq - sentenceOf.applyAsInt(p.begin()) > 3 && sq - sentenceOf.applyAsInt(Math.max(0, maxEndUpTo[i] - 1)) > 2) {
                break;
            }
            if (p.begin() >= q.begin() || !close(p, q) && sq - sentenceOf.applyAsInt(p.begin()) > 3) {
                continue;
            }
            if (speaker.equals(speakers.get(p)) && addressees.containsKey(p)) {
                return addressees.get(p);
            }
        }
        return null;
    }

    /** Whether q begins at most two sentences after {@code previous} ends. */
    boolean close(QuoteSpan previous, QuoteSpan q) {
        return sentenceOf.applyAsInt(q.begin()) - sentenceOf.applyAsInt(Math.max(previous.begin(), previous.end() - 1)) <= 2;
    }
}
