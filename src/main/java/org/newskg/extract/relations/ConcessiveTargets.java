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
 * "X announced the plan despite criticism by Y": a noun of criticism or opposition attached to a
 * clause by "despite" or "amid" (the lexicon's target rows), with no object of its own, is aimed
 * at the clause's subject; its agent is the noun's by- or from-phrase (the noun row's subject).
 */
final class ConcessiveTargets extends TokenRule {

    private final Tier2Lexicon lexicon;

    ConcessiveTargets(DocContext ctx, Tier2Lexicon lexicon) {
        super(ctx);
        this.lexicon = lexicon;
    }

    @Override
    void token(SentenceGraph g, int s, int n, List<Relation> out) {
        List<String> rels = lexicon.targetRelations(g.lemma(n));
        List<Frame> frames = lexicon.nouns().noun(g.lemma(n));
        if (rels.isEmpty() || frames.isEmpty() || !g.token(n).pos().startsWith("NN")) {
            return;
        }
        Frame f = frames.get(0);
        if (!args.via(g, s, n, f.objectRels()).isEmpty()) {
            return;
        }
        List<String> agents = new java.util.ArrayList<>();
        for (String rel : f.subjectRels()) {
            for (int a : g.childrenExact(n, rel)) {
                // a proper name whose own words the entity's names lack is a fragment of a longer name
                String word = g.token(a).word();
                args.entities(g, s, List.of(a)).stream().filter(k -> !g.token(a).pos().startsWith("NNP") || named(k, word))
                        .forEach(agents::add);
            }
        }
        Integer verb = null;
        for (Dependency d : g.incoming(n)) {
            if (d.governor() >= 0 && rels.contains(d.relation())) {
                verb = clauseVerb(g, d.governor());
            }
        }
        if (agents.isEmpty() || verb == null) {
            return;
        }
        List<String> targets = args.subjects(g, s, verb);
        Voice v = voices.voice(s, n, agents);
        for (String agent : agents) {
            for (String target : targets) {
                if (!agent.equals(target)) {
                    out.add(new Relation(agent, f.property(), target, g.token(n).word(), null, null, null,
                            v.negated(), v.hedged(), v.attributedTo(), v.hedged() ? 0.4 : 0.6, s));
                }
            }
        }
    }

    private boolean named(String key, String word) {
        var e = ctx.entities().entity(key);
        return e != null && (e.label().contains(word) || e.altLabels().stream().anyMatch(l -> l.contains(word)));
    }

    /** The verb of the clause a phrase hangs on: the word itself, or the verb it is coordinated with ("and again in a speech"). */
    private static Integer clauseVerb(SentenceGraph g, int head) {
        int node = head;
        for (int steps = 0; steps < 3; steps++) {
            if (g.token(node).pos().startsWith("VB")) {
                return node;
            }
            Integer up = null;
            for (Dependency d : g.incoming(node)) {
                if (d.relation().startsWith("conj") && d.governor() >= 0) {
                    up = d.governor();
                }
            }
            if (up == null) {
                return null;
            }
            node = up;
        }
        return null;
    }
}
