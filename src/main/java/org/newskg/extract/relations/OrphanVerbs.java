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
 * "A and B both recommended C to the board": after a subject with "both", the parser may make the
 * object the head of the clause, with the subjects and the rest hanging on it and the verb left as
 * its "orphan". The verb's tier-2 frame then reads its subject, object and other dependents off
 * that head.
 */
final class OrphanVerbs extends TokenRule {

    private final Tier2Lexicon lexicon;

    OrphanVerbs(DocContext ctx, Tier2Lexicon lexicon) {
        super(ctx);
        this.lexicon = lexicon;
    }

    @Override
    void token(SentenceGraph g, int s, int t, List<Relation> out) {
        if (!g.token(t).pos().startsWith("VB")) {
            return;
        }
        for (Dependency d : g.incoming(t)) {
            int head = d.governor();
            if (!d.relation().equals("orphan") || head < 0 || head <= t || !g.token(head).pos().startsWith("NN")) {
                continue;
            }
            for (Frame f : lexicon.triggers().verb(g.lemma(t), null)) {
                boolean required = f.requires().isEmpty() || f.requires().stream().anyMatch(r -> !g.childrenExact(head, r).isEmpty());
                if (!required || !f.objectRels().contains("obj")) {
                    continue;
                }
                List<Integer> subjectTokens = new ArrayList<>(g.childrenExact(head, "nsubj"));
                new ArrayList<>(subjectTokens).forEach(n -> subjectTokens.addAll(g.children(n, "conj")));
                List<String> subjects = args.entities(g, s, subjectTokens);
                List<String> objects = args.entities(g, s, List.of(head));
                Voice v = voices.voice(s, t, subjects);
                for (String subj : subjects) {
                    for (String obj : objects) {
                        if (!subj.equals(obj)) {
                            out.add(new Relation(subj, f.property(), obj, g.token(t).word(), null, null,
                                    TriggerDates.first(ctx, g, s, head), v.negated(), v.hedged(), v.attributedTo(),
                                    v.hedged() ? 0.4 : 0.65, s));
                        }
                    }
                }
                break;
            }
        }
    }
}
