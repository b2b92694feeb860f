package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.Frame;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.Tier2Lexicon;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Turkey and Libya agreed on a border", "the two firms partnered": a symmetric tier-2 verb whose
 * partner is not named by its own "with" but by coordinated subjects holds between each pair of
 * them. Only verbs whose tier-2 frame names the partner by "with" (agree, partner, cooperate);
 * "X and Y signed the letter" tells no agreement between X and Y.
 */
final class CoordinatedParties extends TokenRule {

    private static final Set<String> SYMMETRIC = Set.of("agreedWith", "partneredWith");

    private final Tier2Lexicon lexicon;

    CoordinatedParties(DocContext ctx, Tier2Lexicon lexicon) {
        super(ctx);
        this.lexicon = lexicon;
    }

    @Override
    void token(SentenceGraph g, int s, int t, List<Relation> out) {
        int verb = t;
        if (g.token(t).pos().startsWith("VB") && g.children(t, "obl:with").isEmpty()) {
            property(g, t).ifPresent(p -> parties(g, s, verb, p, out));
        }
    }

    private java.util.Optional<String> property(SentenceGraph g, int verb) {
        List<Integer> prt = g.children(verb, "compound:prt");
        String particle = prt.isEmpty() ? null : g.token(prt.get(0)).word().toLowerCase();
        return lexicon.triggers().verb(g.lemma(verb).toLowerCase(), particle).stream()
                .filter(f -> SYMMETRIC.contains(f.property()) && f.objectRels().equals(List.of("obl:with")))
                .map(Frame::property).findFirst();
    }

    private void parties(SentenceGraph g, int s, int verb, String property, List<Relation> out) {
        if (lexicon.needsFinite(g.lemma(verb)) && (g.token(verb).pos().equals("VBG") || g.token(verb).pos().equals("VB"))
                && g.children(verb, "aux").isEmpty()) {
            return;
        }
        if (themeIsObject(g, verb) && !objectIsAgreement(g, verb)) {
            return;
        }
        List<String> keys = new ArrayList<>();
        for (int subject : g.childrenExact(verb, "nsubj")) {
            List<Integer> tokens = new ArrayList<>(List.of(subject));
            tokens.addAll(g.children(subject, "conj"));
            for (int tok : tokens) {
                List<String> at = ctx.entitiesAt(s, tok);
                if (at.size() == 1 && !keys.contains(at.get(0))) {
                    keys.add(at.get(0));
                }
            }
        }
        if (keys.size() < 2) {
            return;
        }
        Voice v = voices.voice(s, verb, keys);
        String date = TriggerDates.first(ctx, g, s, verb);
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                out.add(new Relation(keys.get(i), property, keys.get(j), g.token(verb).word(), null, null, date,
                        v.negated(), v.hedged(), v.attributedTo(), v.hedged() ? 0.5 : 0.7, s));
            }
        }
    }

    private boolean themeIsObject(SentenceGraph g, int verb) {
        return lexicon.triggers().verb(g.lemma(verb).toLowerCase(), null).stream().anyMatch(f -> f.themeRels().contains("obj"));
    }

    /** "signed a deal", "signed the terms of an agreement": the object is a noun of agreement. */
    private boolean objectIsAgreement(SentenceGraph g, int verb) {
        List<Integer> objects = new ArrayList<>(g.childrenExact(verb, "obj"));
        if (objects.isEmpty()) {
            // "negotiated and signed the terms of an agreement": the object is the first verb's
            g.incoming(verb).stream().filter(d -> d.relation().startsWith("conj") && d.governor() >= 0)
                    .forEach(d -> objects.addAll(g.childrenExact(d.governor(), "obj")));
        }
        for (int o : objects) {
            List<Integer> nouns = new ArrayList<>(List.of(o));
            nouns.addAll(g.childrenExact(o, "nmod:of"));
            for (int n : nouns) {
                if (lexicon.nouns().noun(g.lemma(n).toLowerCase()).stream().anyMatch(f -> f.property().equals("agreedWith"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
