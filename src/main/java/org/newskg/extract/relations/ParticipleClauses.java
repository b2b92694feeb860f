package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.Frame;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.Tier2Lexicon;
import org.newskg.extract.speech.Voice;
import org.newskg.model.Dependency;
import org.newskg.model.Relation;

import java.util.List;

/**
 * "X issued a statement condemning Y", "X published materials supporting Y": a present participle
 * of a tier-2 verb that modifies the object of another verb acts for that verb's subject; so does
 * a relative clause on a noun of content ("X bought advertisements that opposed Y"; the lexicon's
 * content rows), and the object may be partitive ("a number of materials supporting Y and opposing Z").
 */
final class ParticipleClauses extends TokenRule {

    private final Tier2Lexicon lexicon;

    ParticipleClauses(DocContext ctx, Tier2Lexicon lexicon) {
        super(ctx);
        this.lexicon = lexicon;
    }

    @Override
    void token(SentenceGraph g, int s, int t, List<Relation> out) {
        boolean participle = g.token(t).pos().equals("VBG") && g.childrenExact(t, "nsubj").isEmpty();
        if (!participle && !contentClause(g, t)) {
            return;
        }
        List<Frame> frames = lexicon.triggers().verb(g.lemma(t), null);
        Integer owner = ownerVerb(g, t);
        List<String> makers = owner == null ? makers(g, s, t) : List.of();
        if (frames.isEmpty() || owner == null && makers.isEmpty()) {
            return;
        }
        Frame f = frames.get(0);
        List<String> subjects = owner != null ? args.subjects(g, s, owner) : makers;
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

    /** "advertisements that opposed Y": a relative clause whose subject is the content noun it modifies. */
    private boolean contentClause(SentenceGraph g, int verb) {
        return g.token(verb).pos().startsWith("VB") && g.incoming(verb).stream().anyMatch(d -> d.relation().equals("acl:relcl")
                && d.governor() >= 0 && lexicon.isContent(g.lemma(d.governor()))
                && g.childrenExact(verb, "nsubj").contains(d.governor()));
    }

    /**
     * The verb whose object the participle's noun is: "issued" in "issued a statement condemning";
     * the noun may be the "of" of a partitive object ("published a number of materials supporting"),
     * and a participle coordinated with another ("supporting X and opposing Y") may hang on it by dep.
     */
    private Integer ownerVerb(SentenceGraph g, int participle) {
        for (Dependency d : g.incoming(participle)) {
            boolean attached = d.relation().equals("acl") || d.relation().equals("acl:relcl")
                    || d.relation().equals("dep") && lexicon.isContent(g.lemma(Math.max(d.governor(), 0)));
            if (attached && d.governor() >= 0) {
                Integer owner = objectOf(g, d.governor());
                if (owner == null) {
                    for (Dependency p : g.incoming(d.governor())) {
                        if (p.relation().equals("nmod:of") && p.governor() >= 0
                                && ctx.cues().is("partitive", g.lemma(p.governor()))) {
                            owner = objectOf(g, p.governor());
                        }
                    }
                }
                if (owner != null) {
                    return owner;
                }
            }
        }
        return null;
    }

    /** "the first IRA advertisement endorsing Y": a content noun's own maker, named by its compound or possessor. */
    private List<String> makers(SentenceGraph g, int s, int participle) {
        for (Dependency d : g.incoming(participle)) {
            if (d.relation().equals("acl") && d.governor() >= 0 && lexicon.isContent(g.lemma(d.governor()))) {
                List<Integer> names = new java.util.ArrayList<>(g.childrenExact(d.governor(), "nmod:poss"));
                g.childrenExact(d.governor(), "compound").stream().filter(c -> g.token(c).pos().startsWith("NNP")).forEach(names::add);
                return args.entities(g, s, names).stream().filter(args::isAgent).toList();
            }
        }
        return List.of();
    }

    private static Integer objectOf(SentenceGraph g, int noun) {
        for (Dependency e : g.incoming(noun)) {
            if (e.relation().equals("obj") && e.governor() >= 0 && g.token(e.governor()).pos().startsWith("VB")) {
                return e.governor();
            }
        }
        return null;
    }
}
