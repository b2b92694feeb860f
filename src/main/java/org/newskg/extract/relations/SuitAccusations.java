package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.Frame;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.Tier2Lexicon;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.Dependency;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * "X filed a lawsuit, accusing Y of fraud": a noun of a suit (a noun row of sued) taken by a
 * support verb, with no "against" of its own, is brought against the one the accusing participle
 * beside it names. The participle is a lemma whose tier-2 row is accused ("accusing", "alleging"),
 * hanging on the support verb, on the suit noun, or (as the parser may have it) on that one.
 */
final class SuitAccusations extends TokenRule {

    private final Tier2Lexicon lexicon;

    SuitAccusations(DocContext ctx, Tier2Lexicon lexicon) {
        super(ctx);
        this.lexicon = lexicon;
    }

    @Override
    void token(SentenceGraph g, int s, int verb, List<Relation> out) {
        if (!g.token(verb).pos().startsWith("VB") || !lexicon.isSupportVerb(g.lemma(verb), null)) {
            return;
        }
        for (int noun : g.childrenExact(verb, "obj")) {
            Frame suit = lexicon.nouns().noun(g.lemma(noun)).stream().filter(f -> f.property().equals("sued")).findFirst().orElse(null);
            if (suit == null || !args.via(g, s, noun, suit.objectRels()).isEmpty()) {
                continue;
            }
            List<String> accused = accused(g, s, verb, noun);
            List<String> subjects = args.subjects(g, s, verb);
            Voice v = voices.voice(s, verb, subjects);
            String date = TriggerDates.first(ctx, g, s, verb);
            for (String subj : subjects) {
                for (String obj : accused) {
                    if (!subj.equals(obj)) {
                        out.add(new Relation(subj, "sued", obj, g.token(verb).word() + " " + g.token(noun).word(), null, null,
                                date, v.negated(), v.hedged(), v.attributedTo(), v.hedged() ? 0.4 : 0.65, s));
                    }
                }
            }
        }
    }

    /** The objects of an accusing participle beside the suit. */
    private List<String> accused(SentenceGraph g, int s, int verb, int noun) {
        List<Integer> objects = new ArrayList<>();
        for (Dependency d : g.outgoing(verb)) {
            int c = d.dependent();
            boolean clause = d.relation().equals("dep") || d.relation().startsWith("advcl") || d.relation().equals("xcomp");
            if (clause && accusing(g, c)) {
                objects.addAll(g.childrenExact(c, "obj"));
            }
            // "filed a lawsuit on Tuesday, accusing Y of fraud" parsed with Y as a second object
            if (d.relation().equals("obj") && c != noun && g.childrenExact(c, "amod").stream().anyMatch(a -> a < c && accusing(g, a))) {
                objects.add(c);
            }
        }
        for (int c : g.childrenExact(noun, "acl")) {
            if (accusing(g, c)) {
                objects.addAll(g.childrenExact(c, "obj"));
            }
        }
        return args.entities(g, s, objects);
    }

    private boolean accusing(SentenceGraph g, int t) {
        return g.token(t).pos().equals("VBG") && lexicon.triggers().verb(g.lemma(t), null).stream()
                .anyMatch(f -> f.property().equals("accused"));
    }
}
