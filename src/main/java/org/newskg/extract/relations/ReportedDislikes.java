package org.newskg.extract.relations;

import org.newskg.extract.speech.VoiceDetector;
import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.speech.Hypotheticals;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * "Y told Z that he never liked X", "Y said she did not trust X": someone saying that they
 * themselves do not like, trust or respect someone (the {@code liking} cues, negated, in the
 * clause of a reporting verb, with the teller or a bare pronoun for its subject) criticises them.
 */
final class ReportedDislikes extends TokenRule {

    ReportedDislikes(DocContext ctx) {
        super(ctx);
    }

    @Override
    void token(SentenceGraph g, int s, int v, List<Relation> out) {
        if (!g.token(v).pos().startsWith("VB") || !ctx.cues().is("reporting", g.lemma(v)) || Hypotheticals.covers(g, v)) {
            return;
        }
        List<String> tellers = args.subjects(g, s, v);
        if (tellers.size() != 1) {
            return;
        }
        String teller = tellers.get(0);
        List<Integer> clauses = new ArrayList<>(g.childrenExact(v, "ccomp"));
        for (int c : g.childrenExact(v, "ccomp")) {
            clauses.addAll(g.children(c, "conj"));
        }
        for (int c : clauses) {
            if (!ctx.cues().is("liking", g.lemma(c)) || !VoiceDetector.negatedHere(ctx.cues(), g, c)) {
                continue;
            }
            List<String> objects = new ActAgents(ctx).agents(args.entities(g, s, g.childrenExact(c, "obj")));
            if (objects.size() == 1 && !objects.get(0).equals(teller) && ownClause(g, s, c, teller, objects.get(0))) {
                Voice voice = voices.voice(s, v, tellers);
                for (String date : TriggerDates.of(ctx, g, s, v)) {
                    out.add(new Relation(teller, "criticized", objects.get(0), g.token(c).word(), null, null, date,
                            voice.negated(), voice.hedged(), voice.attributedTo(), 0.55, s));
                }
            }
        }
    }

    /**
     * The clause's subject is the teller, or "he" or "she" (in reported speech the teller, unless
     * the pronoun was read as the one disliked).
     */
    private boolean ownClause(SentenceGraph g, int s, int c, String teller, String object) {
        List<Integer> subjects = g.childrenExact(c, "nsubj");
        if (subjects.size() != 1) {
            return false;
        }
        int subj = subjects.get(0);
        List<String> keys = ctx.entitiesAt(s, subj);
        String w = g.token(subj).word().toLowerCase();
        return keys.contains(teller) || !keys.contains(object) && (w.equals("he") || w.equals("she"));
    }
}
