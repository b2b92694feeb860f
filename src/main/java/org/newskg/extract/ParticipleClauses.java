package org.newskg.extract;

import org.newskg.model.Dependency;
import org.newskg.model.Relation;

import java.util.List;

/**
 * "X issued a statement condemning Y", "X published materials supporting Y": a present participle
 * of a tier-2 verb that modifies the object of another verb acts for that verb's subject.
 */
final class ParticipleClauses extends TokenRule {

    private final Tier2Lexicon lexicon;

    ParticipleClauses(DocContext ctx, Tier2Lexicon lexicon) {
        super(ctx);
        this.lexicon = lexicon;
    }

    @Override
    void token(SentenceGraph g, int s, int t, List<Relation> out) {
        if (!g.token(t).pos().equals("VBG") || !g.childrenExact(t, "nsubj").isEmpty()) {
            return;
        }
        List<Frame> frames = lexicon.triggers().verb(g.lemma(t), null);
        Integer owner = ownerVerb(g, t);
        if (frames.isEmpty() || owner == null) {
            return;
        }
        Frame f = frames.get(0);
        List<String> subjects = args.subjects(g, s, owner);
        List<String> objects = args.objects(g, s, t, f);
        Voice v = voices.voice(s, t, subjects);
        String date = ctx.time().sentenceDate(s);
        for (String subj : subjects) {
            for (String obj : objects) {
                if (!subj.equals(obj)) {
                    out.add(new Relation(subj, f.property(), obj, g.token(t).word(), null, null, date,
                            v.negated(), v.hedged(), v.attributedTo(), v.hedged() ? 0.4 : 0.65, s));
                }
            }
        }
    }

    /** The verb whose object the participle's noun is: "issued" in "issued a statement condemning". */
    private static Integer ownerVerb(SentenceGraph g, int participle) {
        for (Dependency d : g.incoming(participle)) {
            if (d.relation().equals("acl") && d.governor() >= 0) {
                for (Dependency e : g.incoming(d.governor())) {
                    if (e.relation().equals("obj") && e.governor() >= 0 && g.token(e.governor()).pos().startsWith("VB")) {
                        return e.governor();
                    }
                }
            }
        }
        return null;
    }
}
