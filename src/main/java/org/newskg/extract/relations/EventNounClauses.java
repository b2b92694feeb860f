package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.Frame;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.Tier2Lexicon;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.Dependency;
import org.newskg.model.Relation;

import java.util.List;

/**
 * "the jury returned an indictment charging X", "the ministry issued an order banning X": a
 * tier-2 verb as the participle completing the object of a support verb (lexicon support rows)
 * takes the support verb's subject as its agent and its own object as the object.
 */
final class EventNounClauses extends TokenRule {

    private final Tier2Lexicon lexicon;

    EventNounClauses(DocContext ctx, Tier2Lexicon lexicon) {
        super(ctx);
        this.lexicon = lexicon;
    }

    @Override
    void token(SentenceGraph g, int s, int t, List<Relation> out) {
        if (g.token(t).pos().equals("VBG")) {
            participle(g, s, t, out);
        }
    }

    private void participle(SentenceGraph g, int s, int verb, List<Relation> out) {
        Integer support = supportOf(g, verb);
        List<Frame> frames = lexicon.triggers().verb(g.lemma(verb).toLowerCase(), null);
        if (support == null || frames.isEmpty() || !frames.get(0).objectRels().contains("obj")) {
            return;
        }
        Frame f = frames.get(0);
        List<String> subjects = args.subjects(g, s, support);
        List<String> objects = args.via(g, s, verb, List.of("obj"));
        Voice v = voices.voice(s, support, subjects);
        String date = TriggerDates.first(ctx, g, s, support);
        for (String subj : subjects) {
            for (String obj : objects) {
                if (!subj.equals(obj)) {
                    out.add(new Relation(subj, f.property(), obj, g.token(support).word() + " " + g.token(verb).word(),
                            null, null, date, v.negated(), v.hedged(), v.attributedTo(), v.hedged() ? 0.4 : 0.7, s));
                }
            }
        }
    }

    /** The support verb whose object the participle's noun is ("returned an indictment charging"), or null. */
    private Integer supportOf(SentenceGraph g, int verb) {
        for (Dependency d : g.incoming(verb)) {
            if (!d.relation().equals("acl") || d.governor() < 0 || !g.token(d.governor()).pos().startsWith("NN")) {
                continue;
            }
            for (Dependency up : g.incoming(d.governor())) {
                if (up.relation().equals("obj") && up.governor() >= 0
                        && lexicon.isSupportVerb(g.lemma(up.governor()), null)) {
                    return up.governor();
                }
            }
        }
        return null;
    }
}
