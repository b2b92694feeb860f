package org.newskg.extract.relations;

import org.newskg.extract.ClauseLinks;
import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.Dependency;
import org.newskg.model.Relation;

import java.util.List;
import java.util.Set;

/**
 * "X asked for Y's resignation", "X sought Y's help": asking for something only Y can give (a
 * resignation, help, advice, consent) is asking Y. Gives solicited(X, Y). Not when the verb has a
 * person of its own who was asked ("asked Z for Y's help": Z was asked), and not for acts done to
 * Y by others ("asked for Y's removal").
 */
public final class RequestedActs extends TokenRule {

    /** What only its owner can give. */
    private static final Set<String> GIFTS = Set.of("resignation", "help", "assistance", "cooperation", "advice",
            "consent", "approval", "permission", "support", "endorsement", "blessing");
    /** Verbs of asking for something, through "for" ("asked for") or as their object ("sought"). */
    private static final Set<String> ASK_FOR = Set.of("ask", "call", "press", "push", "appeal", "plead");
    private static final Set<String> ASK_OBJECT = Set.of("request", "seek", "demand", "solicit", "enlist");

    public RequestedActs(DocContext ctx) {
        super(ctx);
    }

    @Override
    void token(SentenceGraph g, int s, int t, List<Relation> out) {
        if (!g.token(t).pos().startsWith("NN") || !GIFTS.contains(g.lemma(t))) {
            return;
        }
        Integer verb = askingVerb(g, t);
        if (verb == null || ctx.quoteAt(g.token(verb).begin()) != null
                || !args.entities(g, s, g.childrenExact(verb, "obj")).isEmpty()) {
            return;
        }
        List<String> askers = args.subjects(g, s, verb);
        List<String> owners = args.via(g, s, t, List.of("nmod:poss"));
        if (askers.size() != 1 || owners.size() != 1 || askers.get(0).equals(owners.get(0))) {
            return;
        }
        Voice v = voices.voice(s, verb, askers);
        for (String date : TriggerDates.of(ctx, g, s, verb)) {
            out.add(new Relation(askers.get(0), "solicited", owners.get(0), g.token(verb).word(), g.token(t).word(),
                    null, date, v.negated(), v.hedged(), v.attributedTo(), v.hedged() ? 0.4 : 0.7, s));
        }
    }

    /** The verb asking for the noun: "asked for it" (obl:for) or "sought it" (obj). */
    private static Integer askingVerb(SentenceGraph g, int noun) {
        for (Dependency d : g.incoming(noun)) {
            int v = d.governor();
            if (v < 0 || !g.token(v).pos().startsWith("VB") || ClauseLinks.isParticipleModifier(g, v)) {
                continue;
            }
            if (d.relation().equals("obl:for") && ASK_FOR.contains(g.lemma(v))
                    || d.relation().equals("obj") && ASK_OBJECT.contains(g.lemma(v))) {
                return v;
            }
        }
        return null;
    }
}
