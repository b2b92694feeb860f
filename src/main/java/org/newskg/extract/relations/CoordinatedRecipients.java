package org.newskg.extract.relations;

import org.newskg.extract.DependencyPaths;
import org.newskg.extract.SentenceGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * "sent the letter to X and to Y": the parser may hang the second prepositional phrase on the
 * verb as a conjunct instead of as a second oblique. A nominal conjunct of the verb, after the
 * verb's oblique, introduced by the same preposition, is then a second argument of that relation.
 */
final class CoordinatedRecipients {

    private CoordinatedRecipients() {
    }

    /**
     * The nominal conjuncts of {@code verb} that repeat the preposition of {@code rel} ("obl:to",
     * or the last step of a path: "obj>nmod:to", "repeated the warning to X and to Y").
     */
    static List<Integer> misattached(SentenceGraph g, int verb, String rel) {
        List<Integer> out = new ArrayList<>();
        String last = rel.substring(rel.lastIndexOf('>') + 1);
        if (!last.startsWith("obl:") && !last.startsWith("nmod:") || last.equals("nmod:poss")) {
            return out;
        }
        String preposition = last.substring(last.indexOf(':') + 1);
        List<Integer> obliques = DependencyPaths.follow(g, verb, rel);
        if (obliques.isEmpty()) {
            return out;
        }
        int first = obliques.stream().min(Integer::compare).get();
        for (int c : g.children(verb, "conj")) {
            boolean nominal = g.token(c).pos().startsWith("NN");
            boolean samePreposition = g.childrenExact(c, "case").stream()
                    .anyMatch(k -> g.token(k).word().equalsIgnoreCase(preposition));
            if (c > first && nominal && samePreposition) {
                out.add(c);
            }
        }
        return out;
    }
}
