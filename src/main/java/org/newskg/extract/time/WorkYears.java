package org.newskg.extract.time;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Relation;
import org.newskg.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "authored ... the 2009 novel X": a year in a work's own noun phrase is when it came out, so it
 * dates the fact that published it (rather than the story's day).
 */
public final class WorkYears {

    private static final Set<String> MODIFIERS = Set.of("nummod", "amod", "compound");

    private WorkYears() {
    }

    public static List<Relation> dated(DocContext ctx, List<Relation> relations) {
        List<Relation> out = new ArrayList<>(relations.size());
        for (Relation r : relations) {
            String year = r.predicate().equals("published") ? yearOf(ctx, r) : null;
            out.add(year == null || year.equals(r.date()) ? r : new Relation(r.subjectKey(), r.predicate(), r.objectKey(),
                    r.trigger(), r.theme(), r.recipientKey(), year, r.negated(), r.hedged(), r.attributedToKey(),
                    r.confidence(), r.sentence()));
        }
        return out;
    }

    /** The one year modifying a token of the work in the fact's sentence, or null. */
    private static String yearOf(DocContext ctx, Relation r) {
        if (r.sentence() < 0 || r.sentence() >= ctx.graphs().size()) {
            return null;
        }
        SentenceGraph g = ctx.graphs().get(r.sentence());
        String year = null;
        for (int t = 0; t < g.size(); t++) {
            if (!ctx.entitiesAt(r.sentence(), t).contains(r.objectKey())) {
                continue;
            }
            for (var d : g.outgoing(t)) {
                TimeExpression x = MODIFIERS.contains(d.relation()) ? ctx.time().at(r.sentence(), d.dependent()) : null;
                String date = x == null || !"DATE".equals(x.type()) ? null : x.text().trim();
                if (date != null && date.matches("(1[5-9]|20)\\d\\d")) {
                    if (year != null && !year.equals(date)) {
                        return null;
                    }
                    year = date;
                }
            }
        }
        return year;
    }
}
