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
 * source. Words told inside someone else's account of them are the account holder's claim.
 */
public final class QuotedFacts {

    private QuotedFacts() {
    }

    public static List<Relation> attributed(DocContext ctx, List<Relation> relations) {
        List<Relation> out = new ArrayList<>(relations.size());
        for (Relation r : relations) {
            QuoteSpan q = quoteOf(ctx, r);
            String said = q == null ? null : ctx.speakers().get(q);
            String holder = said == null || r.attributedToKey() != null && !r.attributedToKey().equals(said) ? null
                    : accountHolder(ctx, q, said);
            String speaker = holder != null ? holder : r.attributedToKey() == null ? said : null;
            out.add(speaker == null || speaker.equals(r.attributedToKey()) ? r : new Relation(r.subjectKey(), r.predicate(), r.objectKey(), r.trigger(),
                    r.theme(), r.recipientKey(), r.date(), r.negated(), r.hedged(), speaker, r.confidence(), r.sentence()));
        }
        return out;
    }

    /** The one quotation holding every occurrence of the trigger's first word in its sentence, or null. */
    private static QuoteSpan quoteOf(DocContext ctx, Relation r) {
        if (r.trigger() == null || r.trigger().isBlank() || r.sentence() < 0 || r.sentence() >= ctx.graphs().size()) {
            return null;
        }
        String word = r.trigger().split("\\s+")[0];
        SentenceGraph g = ctx.graphs().get(r.sentence());
        QuoteSpan found = null;
        for (int t = 0; t < g.size(); t++) {
            if (!g.token(t).word().equalsIgnoreCase(word)) {
                continue;
            }
            QuoteSpan q = ctx.quoteAt(g.token(t).begin());
            if (q == null || found != null && !found.equals(q)) {
                return null;
            }
            found = q;
        }
        return found;
    }

    /**
     * "Priebus recalled that the President hugged Flynn and said, '...'": words told inside
     * someone else's account are that someone's claim. The account is a clause of an attribution
     * verb (cue category {@code attribution}) that holds the quotation (or a series of verbs
     * continuing that clause, {@link ComplementSeries}), whose subject is another entity than the
     * speaker.
     */
    private static String accountHolder(DocContext ctx, QuoteSpan q, String speaker) {
        if (q.sentence() < 0 || q.sentence() >= ctx.graphs().size()) {
            return null;
        }
        SentenceGraph g = ctx.graphs().get(q.sentence());
        for (int w = 0; w < g.size(); w++) {
            if (!g.token(w).pos().startsWith("VB") || !ctx.cues().is("attribution", g.lemma(w))
                    || ctx.quoteAt(g.token(w).begin()) != null) {
                continue;
            }
            final int head = w;
            for (int c : g.childrenExact(w, "ccomp")) {
                if (!holds(g, c, q) && g.children(head, "conj").stream()
                        .noneMatch(v -> ComplementSeries.clauseOf(g, v) == c && holds(g, v, q))) {
                    continue;
                }
                for (int subj : g.children(w, "nsubj")) {
                    for (String key : ctx.entitiesAt(q.sentence(), subj)) {
                        if (!key.equals(speaker)) {
                            return key;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Whether the quotation opens inside the clause of {@code head}. */
    private static boolean holds(SentenceGraph g, int head, QuoteSpan q) {
        int[] span = g.span(head);
        return g.token(span[0]).begin() <= q.begin() && q.begin() <= g.token(span[1]).end();
    }
}
