package org.newskg.model;

import java.util.List;

/**
 * A document as the NLP stage annotated it, in NewsKG's own terms.
 *
 * @param document  the input
 * @param sentences sentences with tokens and dependencies
 * @param entities  named-entity mentions
 * @param chains    coreference chains
 * @param quotes    quotations
 * @param times     temporal expressions
 */
public record ParsedDocument(Document document, List<Sentence> sentences, List<NerMention> entities,
                             List<CorefChain> chains, List<QuoteSpan> quotes, List<TimeExpression> times) {

    public ParsedDocument {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        chains = List.copyOf(chains);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
    }

    /** Number of tokens in the document. */
    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
