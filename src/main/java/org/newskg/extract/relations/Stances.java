package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.Lexicon;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * Praise, criticism, opposition and their outcomes told without a verb of the lexicon: by
 * characterisation ({@link Characterisations}), in a quotation's own words ({@link QuotedEvaluations}),
 * as news told to the one dismissed ({@link NotifiedDismissals}), as a dislike the speaker reports
 * ({@link ReportedDislikes}), as a no given to a whether-question ({@link AnsweredDenials}).
 */
public final class Stances {

    private final DocContext ctx;
    private final Lexicon tier2;

    public Stances(DocContext ctx, Lexicon tier2) {
        this.ctx = ctx;
        this.tier2 = tier2;
    }

    public List<Relation> extract() {
        List<Relation> out = new ArrayList<>();
        out.addAll(new Characterisations(ctx).extract());
        out.addAll(new QuotedEvaluations(ctx).extract());
        out.addAll(new NotifiedDismissals(ctx, tier2).extract());
        out.addAll(new ReportedDislikes(ctx).extract());
        out.addAll(new AnsweredDenials(ctx).extract());
        return out;
    }
}
