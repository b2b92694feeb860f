package org.newskg.extract.speech;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.QuoteSpan;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * A fact told inside someone's quotation is their claim, whichever rule found it: the
 * quotation's speaker becomes its source when the rule gave none ("'My cofounder was X,' Y
 * said": Y says X founded it). The trigger must lie inside one quotation with a known speaker
 * wherever its word occurs in the sentence, so a word also used outside the quotation adds no
 * source.
 */
public final class QuotedFacts {

    private QuotedFacts() {
    }

    public static List<Relation> attributed(DocContext ctx, List<Relation> relations) {
        List<Relation> out = new ArrayList<>(relations.size());
        for (Relation r : relations) {
            String speaker = r.attributedToKey() == null ? speakerOf(ctx, r) : null;
            out.add(speaker == null ? r : new Relation(r.subjectKey(), r.predicate(), r.objectKey(), r.trigger(),
                    r.theme(), r.recipientKey(), r.date(), r.negated(), r.hedged(), speaker, r.confidence(), r.sentence()));
        }
        return out;
    }

    /** The one speaker of the quotation(s) holding every occurrence of the trigger's first word, or null. */
    private static String speakerOf(DocContext ctx, Relation r) {
        if (r.trigger() == null || r.trigger().isBlank() || r.sentence() < 0 || r.sentence() >= ctx.graphs().size()) {
            return null;
        }
        String word = r.trigger().split("\\s+")[0];
        SentenceGraph g = ctx.graphs().get(r.sentence());
        String speaker = null;
        for (int t = 0; t < g.size(); t++) {
            if (!g.token(t).word().equalsIgnoreCase(word)) {
                continue;
            }
            QuoteSpan q = ctx.quoteAt(g.token(t).begin());
            String who = q == null ? null : ctx.speakers().get(q);
            if (who == null || speaker != null && !speaker.equals(who)) {
                return null;
            }
            speaker = who;
        }
        return speaker;
    }
}
