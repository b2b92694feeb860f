package org.newskg.model;

import java.util.List;

/**
 * Everything extracted from one document.
 *
 * @param parsed    the annotated document it came from
 * @param entities  entities mentioned
 * @param mentions  their mentions
 * @param relations facts between them
 * @param quotes    quotations with speakers
 */
public record Extraction(ParsedDocument parsed, List<Entity> entities, List<Mention> mentions,
                         List<Relation> relations, List<Quote> quotes) {

    public Extraction {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        quotes = List.copyOf(quotes);
    }

    /** The input document. */
    public Document document() {
        return parsed.document();
    }
}
