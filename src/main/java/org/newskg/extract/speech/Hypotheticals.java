package org.newskg.extract.speech;

import org.newskg.extract.SentenceGraph;
import java.util.Set;

/**
 * Whether a clause only supposes or asks: it is a question (a "?" closes its sentence after it,
 * or it opens with a wh-word or "whether"), a condition ("if", "unless"), or carries a modal of
 * possibility ("would", "could", "might"). Such a clause asserts nothing.
 */
public final class Hypotheticals {

    private static final Set<String> MARKS = Set.of("if", "unless", "whether");
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "'d");

    private Hypotheticals() {
    }

    /** "X will call it a disgrace if the council approves it": a clause of condition on the verb. */
    private static boolean condition(SentenceGraph g, org.newskg.model.Dependency d) {
        return d.relation().startsWith("advcl") && marked(g, d.dependent());
    }

    /** A clause introduced by "if", "unless" or "whether": a condition or an indirect question. */
    public static boolean marked(SentenceGraph g, int clause) {
        return g.childrenExact(clause, "mark").stream().anyMatch(m -> MARKS.contains(g.token(m).word().toLowerCase()));
    }

    /** True when the clause of {@code t}, or a clause it hangs in, supposes or asks. */
    public static boolean covers(SentenceGraph g, int t) {
        for (int i = t + 1; i < g.size(); i++) {
            if (g.token(i).word().equals("?")) {
                return true;
            }
        }
        int node = t;
        for (int depth = 0; node >= 0 && depth < 6; depth++) {
            if (marked(g, node)) {
                return true;
            }
            for (var d : g.outgoing(node)) {
                String w = g.token(d.dependent()).word().toLowerCase();
                if (d.relation().equals("aux") && MODALS.contains(w) || condition(g, d)) {
                    return true;
                }
            }
            int up = -1;
            for (var d : g.incoming(node)) {
                if (d.governor() >= 0 && !d.relation().startsWith("conj") && (d.relation().startsWith("advcl")
                        || d.relation().equals("ccomp") || d.relation().equals("xcomp"))) {
                    up = d.governor();
                }
            }
            node = up;
        }
        return false;
    }
}
