package org.newskg.model;

import java.util.List;

/**
 * Mentions the coreference stage found to refer to one thing, in text order.
 *
 * @param id       the chain's number
 * @param mentions its mentions
 */
public record CorefChain(int id, List<CorefMention> mentions) {

    public CorefChain {
        mentions = List.copyOf(mentions);
    }
}
