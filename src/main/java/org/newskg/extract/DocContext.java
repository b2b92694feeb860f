package org.newskg.extract;

import org.newskg.model.ParsedDocument;
import org.newskg.model.QuoteSpan;

import java.util.List;

/**
 * What the extractors of one document share: the parse, the sentence graphs, the resolved
 * entities, the dates, and the quotations (with their speakers once attributed).
 */
record DocContext(ParsedDocument doc, List<SentenceGraph> graphs, ResolvedEntities entities, TimeResolver time,
                  Cues cues, List<QuoteSpan> quotes, java.util.Map<QuoteSpan, String> speakers,
                  java.util.Map<QuoteSpan, String> addressees) {

    /** The quotation a code-point offset lies in, or null. */
    QuoteSpan quoteAt(int offset) {
        for (QuoteSpan q : quotes) {
            if (offset >= q.begin() && offset < q.end()) {
                return q;
            }
        }
        return null;
    }

    /**
     * Entities a token refers to; inside a quotation, first-person pronouns refer to its speaker
     * and second-person ones to its addressee, when the text names them.
     */
    List<String> entitiesAt(int sentence, int token) {
        SentenceGraph g = graphs.get(sentence);
        String w = g.token(token).word().toLowerCase();
        if (List.of("i", "we", "me", "us", "my", "our").contains(w)) {
            QuoteSpan q = quoteAt(g.token(token).begin());
            String speaker = q == null ? null : speakers.get(q);
            if (speaker != null) {
                return List.of(speaker);
            }
        }
        if (w.equals("you") || w.equals("your")) {
            QuoteSpan q = quoteAt(g.token(token).begin());
            String addressee = q == null ? null : addressees.get(q);
            if (addressee != null) {
                return List.of(addressee);
            }
        }
        return entities.at(sentence, token);
    }
}
