package org.newskg.extract;

import org.newskg.model.ParsedDocument;
import org.newskg.model.QuoteSpan;

import java.util.List;

/**
 * What the extractors of one document share: the parse, the sentence graphs, the resolved
 * entities, the dates, and the quotations (with their speakers once attributed).
 */
record DocContext(ParsedDocument doc, List<SentenceGraph> graphs, ResolvedEntities entities, TimeResolver time,
                  Cues cues, List<QuoteSpan> quotes, java.util.Map<QuoteSpan, String> speakers) {

    /** The quotation a code-point offset lies in, or null. */
    QuoteSpan quoteAt(int offset) {
        for (QuoteSpan q : quotes) {
            if (offset >= q.begin() && offset < q.end()) {
                return q;
            }
        }
        return null;
    }

    /** Entities a token refers to; first-person pronouns inside a quotation refer to its speaker. */
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
        return entities.at(sentence, token);
    }
}
