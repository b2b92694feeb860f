package org.newskg.extract;

import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * Praise, criticism, opposition and their outcomes told without a verb of the lexicon: by
 * characterisation ({@link Characterisations}), in a quotation's own words ({@link QuotedEvaluations}).
 */
final class Stances {

    private final DocContext ctx;

    Stances(DocContext ctx) {
        this.ctx = ctx;
    }

    List<Relation> extract() {
        List<Relation> out = new ArrayList<>();
        out.addAll(new Characterisations(ctx).extract());
        out.addAll(new QuotedEvaluations(ctx).extract());
        return out;
    }
}
