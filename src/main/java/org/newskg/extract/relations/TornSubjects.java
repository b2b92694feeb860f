package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "In subsequent interviews in mid-January, Pence, Priebus, and Spicer denied ...": where the parser
 * hung the names on the preceding phrase and left a finite verb without subject, the list of names
 * right before the verb is its subject.
 */
final class TornSubjects {

    private TornSubjects() {
    }

    /** The entities of the names ("A, B, and C") that end right before a finite verb, in text order. */
    static List<String> namesRightBefore(DocContext ctx, SentenceGraph g, int s, int verb) {
        if (!g.token(verb).pos().matches("VB[DZP]")) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (int t = verb - 1; t >= 0; t--) {
            String w = g.token(t).word();
            List<String> at = ctx.entitiesAt(s, t);
            if (!at.isEmpty() && g.token(t).pos().startsWith("NNP")) {
                names.addAll(at);
            } else if (!(w.equals(",") || w.equalsIgnoreCase("and")) || names.isEmpty()) {
                break;
            }
        }
        List<String> out = new ArrayList<>(names);
        java.util.Collections.reverse(out);
        return out;
    }
}
