package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Paths of dependency relations from a head ("obj>nmod:to"), as the lexicon writes them. */
public final class DependencyPaths {

    private DependencyPaths() {
    }

    /** The tokens a relation, or a path of relations ("obj>nmod:to"), leads to from a head. */
    public static List<Integer> follow(SentenceGraph g, int head, String path) {
        List<Integer> frontier = List.of(head);
        boolean first = true;
        for (String step : path.split(">")) {
            List<Integer> next = new ArrayList<>();
            frontier.forEach(t -> next.addAll(g.childrenExact(t, step)));
            if (next.isEmpty() && first && step.startsWith("obl:")) {
                // "reported back to X", "reached out to X": the parser may hang the phrase on the particle
                for (int p : g.childrenExact(head, "advmod")) {
                    if (PARTICLES.contains(g.token(p).word().toLowerCase())) {
                        next.addAll(g.childrenExact(p, step));
                    }
                }
            }
            frontier = next;
            first = false;
        }
        return frontier;
    }

    private static final Set<String> PARTICLES = Set.of("back", "out", "over", "along", "on");
}
