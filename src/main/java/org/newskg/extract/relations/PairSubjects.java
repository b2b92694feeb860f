package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Dependency;
import org.newskg.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * "Ann Roe and Ben Lee won the prize. Both are professors at X": a sentence whose subject is
 * "both" speaks of the two people an earlier sentence joined as its subject. Only a single pair
 * of named people, coordinated and standing as a subject there, is taken, at most three
 * sentences back and with no other person named as a subject in between; anything else is no antecedent.
 */
final class PairSubjects {

    private PairSubjects() {
    }

    /** The token is the word "both" standing alone as a subject. */
    static boolean isBothSubject(SentenceGraph g, int t) {
        return g.token(t).word().equalsIgnoreCase("both") && g.outgoing(t).isEmpty()
                && g.incoming(t).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
    }

    private static final int REACH = 3;

    /** The two people an earlier sentence coordinated as a subject, or nothing. */
    static List<String> previousPair(DocContext ctx, int s) {
        for (int back = s - 1; back >= 0 && back >= s - REACH && back < ctx.graphs().size(); back--) {
            SentenceGraph g = ctx.graphs().get(back);
            List<String> pair = pair(ctx, g);
            if (!pair.isEmpty() || namesPerson(ctx, g)) {
                return pair;
            }
        }
        return List.of();
    }

    private static boolean namesPerson(DocContext ctx, SentenceGraph g) {
        int p = g.sentence().index();
        for (int t = 0; t < g.size(); t++) {
            // a pronoun ("the planet they found") refers back; only a person named as a subject competes
            boolean subject = g.incoming(t).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
            if (subject && !g.token(t).pos().startsWith("PRP") && !ctx.entitiesOfType(p, t, EntityType.PERSON).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> pair(DocContext ctx, SentenceGraph g) {
        int p = g.sentence().index();
        List<List<String>> pairs = new ArrayList<>();
        for (int a = 0; a < g.size(); a++) {
            boolean subject = g.incoming(a).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
            List<String> first = ctx.entitiesOfType(p, a, EntityType.PERSON);
            if (!subject || first.size() != 1) {
                continue;
            }
            for (Dependency d : g.outgoing(a)) {
                List<String> second = ctx.entitiesOfType(p, d.dependent(), EntityType.PERSON);
                if (d.relation().equals("conj:and") && second.size() == 1 && !second.equals(first)
                        && g.children(a, "conj").size() == 1) {
                    pairs.add(List.of(first.get(0), second.get(0)));
                }
            }
        }
        return pairs.size() == 1 ? pairs.get(0) : List.of();
    }
}
