package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.Lexicon;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.speech.Hypotheticals;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;

import java.util.List;

/**
 * "Y informed X that he had been terminated", "Y told X she was fired": telling someone that they
 * have been dismissed (a passive verb of the tier-2 lexicon's fired rows, with no agent of its
 * own, in the clause of a {@code notifying} verb) is the teller's dismissal of the one told. The
 * dismissed is the one told, whoever the clause's pronoun was read as.
 */
final class NotifiedDismissals extends TokenRule {

    private final Lexicon tier2;

    NotifiedDismissals(DocContext ctx, Lexicon tier2) {
        super(ctx);
        this.tier2 = tier2;
    }

    @Override
    void token(SentenceGraph g, int s, int v, List<Relation> out) {
        if (!g.token(v).pos().startsWith("VB") || !ctx.cues().is("notifying", g.lemma(v)) || args.isPassive(g, v)
                || Hypotheticals.covers(g, v)) {
            return;
        }
        List<String> tellers = args.subjects(g, s, v);
        List<Integer> objects = g.childrenExact(v, "obj");
        if (tellers.size() != 1 || objects.size() != 1) {
            return;
        }
        List<String> told = ctx.entitiesOfType(s, objects.get(0), EntityType.PERSON);
        if (told.size() != 1 || told.get(0).equals(tellers.get(0))) {
            return;
        }
        for (int c : g.childrenExact(v, "ccomp")) {
            if (dismissal(g, c)) {
                Voice voice = voices.voice(s, c, tellers);
                if (!voice.negated()) {
                    for (String date : TriggerDates.of(ctx, g, s, v)) {
                        out.add(new Relation(tellers.get(0), "fired", told.get(0), g.token(v).word() + " " + g.token(c).word(),
                                null, null, date, false, voice.hedged(), voice.attributedTo(), 0.6, s));
                    }
                }
            }
        }
    }

    /** A passive dismissal with a pronoun for its patient and no by-phrase: "he has been terminated". */
    private boolean dismissal(SentenceGraph g, int c) {
        if (!tier2.verbExpresses(g.lemma(c), "fired") || !args.isPassive(g, c)
                || !g.children(c, "obl:agent").isEmpty() || !g.children(c, "obl:by").isEmpty()) {
            return false;
        }
        List<Integer> patients = g.childrenExact(c, "nsubj:pass");
        return patients.size() == 1 && g.token(patients.get(0)).pos().equals("PRP");
    }
}
