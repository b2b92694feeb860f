package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.Frame;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.Tier2Lexicon;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "toured the Crocus City site", "flew to Smith's Palm Grove estate": a noun of a place (the
 * lexicon's facility rows) whose compound is a name stands for that name, as the object of a
 * visit; whatever a coreference chain made of the common noun gives way to it.
 */
final class FacilityObjects extends TokenRule {

    private final Tier2Lexicon lexicon;
    private final Set<String> covered = new HashSet<>();

    FacilityObjects(DocContext ctx, Tier2Lexicon lexicon) {
        super(ctx);
        this.lexicon = lexicon;
    }

    /**
     * The named place or organisation a facility noun stands for: the proper-noun compounds before
     * it that name one ("the Crocus City site"), not its possessor ("Trump's ... estate").
     */
    static List<String> named(DocContext ctx, Tier2Lexicon lexicon, SentenceGraph g, int s, int noun) {
        if (!g.token(noun).pos().equals("NN") && !g.token(noun).pos().equals("NNS") || !lexicon.isFacility(g.lemma(noun))) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int c : g.childrenExact(noun, "compound")) {
            if (c < noun && g.token(c).pos().startsWith("NNP")) {
                out.addAll(ctx.entitiesOfType(s, c, EntityType.LOCATION));
                out.addAll(ctx.entitiesOfType(s, c, EntityType.ORGANIZATION));
            }
        }
        return out.size() == 1 ? out : List.of();
    }

    /** "sentence|trigger word" of the verbs whose object this rule named: their other readings are dropped. */
    boolean covers(Relation r) {
        return covered.contains(r.sentence() + "|" + r.trigger());
    }

    @Override
    void token(SentenceGraph g, int s, int t, List<Relation> out) {
        if (!g.token(t).pos().startsWith("VB")) {
            return;
        }
        List<Frame> frames = lexicon.triggers().verb(g.lemma(t), null);
        if (frames.isEmpty() || args.isPassive(g, t)) {
            return;
        }
        Frame f = frames.get(0);
        if (!f.property().equals("visited")) {
            return;
        }
        for (String rel : f.objectRels()) {
            for (int o : g.childrenExact(t, rel)) {
                List<String> places = named(ctx, lexicon, g, s, o);
                if (places.isEmpty()) {
                    continue;
                }
                List<String> subjects = args.subjects(g, s, t);
                Voice v = voices.voice(s, t, subjects);
                for (String subj : subjects) {
                    for (String date : TriggerDates.of(ctx, g, s, t)) {
                        out.add(new Relation(subj, f.property(), places.get(0), g.token(t).word(), null, null, date,
                                v.negated(), v.hedged(), v.attributedTo(), v.hedged() ? 0.45 : 0.75, s));
                    }
                }
                covered.add(s + "|" + g.token(t).word());
            }
        }
    }
}
