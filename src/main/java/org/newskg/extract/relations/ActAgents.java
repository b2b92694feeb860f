package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * Whom an evaluation of a noun phrase is aimed at: the entity the phrase names ("called Trump a
 * liar"), else the agent of the act it names: its possessor ("Trump's order"), its by-phrase
 * ("the proclamation by X"), or, for a definite description with no agent of its own ("the
 * move"), the agent of the nearest earlier mention of the same noun that has one ("a move by X").
 * Null when the agent is not unambiguous in the text.
 */
final class ActAgents {

    private final DocContext ctx;

    ActAgents(DocContext ctx) {
        this.ctx = ctx;
    }

    /** The one entity the phrase headed by {@code noun} is aimed at, or null. */
    String target(SentenceGraph g, int s, int noun) {
        List<String> named = agents(ctx.entitiesAt(s, noun));
        if (!named.isEmpty()) {
            return named.size() == 1 && isName(g, noun) ? named.get(0) : null;
        }
        if (!g.token(noun).pos().startsWith("NN")) {
            return null;
        }
        String own = ownAgent(g, s, noun);
        if (own != null || hasAgentSlot(g, noun)) {
            return own;
        }
        return definite(g, noun) ? antecedent(s, g.lemma(noun)) : null;
    }

    /** A proper name or a pronoun standing for one, not a common noun an entity was read into. */
    private static boolean isName(SentenceGraph g, int t) {
        String pos = g.token(t).pos();
        return pos.startsWith("NNP") || pos.startsWith("PRP");
    }

    private String ownAgent(SentenceGraph g, int s, int noun) {
        List<String> found = new ArrayList<>();
        for (String rel : List.of("nmod:poss", "nmod:by")) {
            for (int a : g.childrenExact(noun, rel)) {
                if (isName(g, a)) {
                    agents(ctx.entitiesAt(s, a)).stream().filter(k -> !found.contains(k)).forEach(found::add);
                }
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The noun has a possessor or by-phrase, named or not ("his decision", "a move by a Speaker"). */
    private static boolean hasAgentSlot(SentenceGraph g, int noun) {
        return g.hasChild(noun, "nmod:poss") || !g.childrenExact(noun, "nmod:by").isEmpty();
    }

    private static boolean definite(SentenceGraph g, int noun) {
        for (int d : g.childrenExact(noun, "det")) {
            String w = g.token(d).word().toLowerCase();
            if (w.equals("the") || w.equals("this") || w.equals("that")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The agent of the nearest earlier mention of the noun: one with an agent of its own gives it;
     * one with none that is not itself a definite description ("a bold move") leaves it unknown.
     */
    private String antecedent(int s, String lemma) {
        for (int p = s - 1; p >= 0; p--) {
            SentenceGraph h = ctx.graphs().get(p);
            for (int t = h.size() - 1; t >= 0; t--) {
                if (!h.lemma(t).equalsIgnoreCase(lemma) || !h.token(t).pos().startsWith("NN")) {
                    continue;
                }
                if (hasAgentSlot(h, t)) {
                    return ownAgent(h, p, t);
                }
                if (!definite(h, t)) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The keys of people, organisations and places (governments) among {@code keys}. */
    List<String> agents(List<String> keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            Entity e = ctx.entities().entity(k);
            if (e != null && e.type() != EntityType.WORK && !out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }
}
