package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.Frame;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.Tier2Lexicon;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.Relation;

import java.util.List;

/**
 * "X was absorbed into Y": a passive verb whose tier-2 row names where its agent sits instead of
 * a by-phrase (subject=obl:into: Y acquired X). The patient is the passive subject.
 */
final class PassiveSubjects extends TokenRule {

    private final Tier2Lexicon lexicon;

    PassiveSubjects(DocContext ctx, Tier2Lexicon lexicon) {
        super(ctx);
        this.lexicon = lexicon;
    }

    @Override
    void token(SentenceGraph g, int s, int verb, List<Relation> out) {
        if (!g.token(verb).pos().equals("VBN") || !args.isPassive(g, verb)) {
            return;
        }
        for (Frame f : lexicon.triggers().verb(g.lemma(verb), null)) {
            if (f.subjectRels().isEmpty()) {
                continue;
            }
            List<String> agents = args.via(g, s, verb, f.subjectRels());
            String rel = f.subjectRels().get(0);
            String trigger = g.token(verb).word() + (rel.startsWith("obl:") ? " " + rel.substring(4).replace('_', ' ') : "");
            List<String> patients = args.entities(g, s, g.childrenExact(verb, "nsubj:pass"));
            Voice v = voices.voice(s, verb, agents);
            for (String agent : agents) {
                for (String patient : patients) {
                    if (!agent.equals(patient)) {
                        for (String date : TriggerDates.of(ctx, g, s, verb)) {
                            out.add(new Relation(agent, f.property(), patient, trigger, null, null, date,
                                    v.negated(), v.hedged(), v.attributedTo(), v.hedged() ? 0.45 : 0.75, s));
                        }
                    }
                }
            }
            return;
        }
    }
}
