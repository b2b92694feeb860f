package org.newskg.extract;

import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * The walk most construction rules share: every token of every sentence of a document, in order,
 * each given to the rule with the list it adds its relations to.
 */
final class TokenScan {

    /** A rule's look at one token: sentence graph, sentence index, token index, and the facts so far. */
    @FunctionalInterface
    interface Visitor {
        void visit(SentenceGraph g, int sentence, int token, List<Relation> out);
    }

    private TokenScan() {
    }

    /** The relations the visitor adds over the whole document (a list the caller may extend). */
    static List<Relation> each(DocContext ctx, Visitor visitor) {
        List<Relation> out = new ArrayList<>();
        for (SentenceGraph g : ctx.graphs()) {
            int s = g.sentence().index();
            for (int t = 0; t < g.size(); t++) {
                visitor.visit(g, s, t, out);
            }
        }
        return out;
    }
}
