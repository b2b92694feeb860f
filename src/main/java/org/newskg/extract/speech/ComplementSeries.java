package org.newskg.extract.speech;

import org.newskg.extract.SentenceGraph;
import org.newskg.model.Dependency;

/**
 * "X recalled that Y hugged Z, shook his hand, and said, '...'": the parser hangs a series of
 * verbs that continues a that-clause on the verb that embeds the clause, giving them its subject.
 * When a verb sharing the embedding verb's subject is one of two or more conjuncts that follow
 * such a clause with a subject of its own, the series belongs to the clause, and so does its subject.
 */
final class ComplementSeries {

    private ComplementSeries() {
    }

    /** The that-clause whose series {@code verb} continues, or -1. */
    static int clauseOf(SentenceGraph g, int verb) {
        for (Dependency d : g.incoming(verb)) {
            if (!d.relation().startsWith("conj") || d.governor() < 0) {
                continue;
            }
            int head = d.governor();
            // "and Kushner became aggravated and asked": a series with a subject of its own is not the clause's
            if (!g.childrenExact(verb, "nsubj").equals(g.childrenExact(head, "nsubj"))) {
                continue;
            }
            for (int c : g.childrenExact(head, "ccomp")) {
                if (c > head && c < verb && !g.childrenExact(c, "nsubj").isEmpty() && marked(g, c)
                        && siblingsBetween(g, head, c, verb) >= 1 && g.children(c, "conj").isEmpty()) {
                    return c;
                }
            }
        }
        return -1;
    }

    private static boolean marked(SentenceGraph g, int clause) {
        return g.childrenExact(clause, "mark").stream().anyMatch(m -> g.token(m).word().equalsIgnoreCase("that"));
    }

    /** Other conjuncts of {@code head} lying between the clause and the verb ("shook his hand"). */
    private static int siblingsBetween(SentenceGraph g, int head, int clause, int verb) {
        int n = 0;
        for (Dependency d : g.outgoing(head)) {
            int t = d.dependent();
            if (d.relation().startsWith("conj") && t > clause && t < verb && g.token(t).pos().startsWith("VB")) {
                n++;
            }
        }
        return n;
    }
}
