package org.newskg.extract.relations;

import org.newskg.extract.SentenceGraph;
import org.newskg.model.Dependency;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Where a title phrase finds its holder and its organisation when the parser tore the phrase
 * apart: "In the post Ann Lee, the chief officer of X said ..." (the name hangs off another noun,
 * the title is the verb's subject: the name right before the comma holds the title); "the deputy
 * head of the Northern Relief Forces (NRF)" (the name the parser missed is given by its acronym in
 * brackets); "the manager of X's Paris office" (the office stands for its owner).
 */
final class CommaApposition {

    private CommaApposition() {
    }

    /** Relations by which a name is an argument of something: then it is not an apposed holder. */
    private static final Set<String> ARGUMENT = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "conj", "compound");

    /** The person named right before "NAME, the TITLE", when the parser did not link them. */
    static List<String> person(SentenceGraph g, int title, Function<Integer, List<String>> people) {
        int start = title;
        for (Dependency d : g.outgoing(title)) {
            String r = d.relation();
            if ((r.equals("det") || r.equals("compound") || r.equals("amod")) && d.dependent() < start) {
                start = d.dependent();
            }
        }
        if (start < 2 || !g.token(start).pos().equals("DT") || !g.token(start - 1).word().equals(",")) {
            return List.of();
        }
        int name = start - 2;
        List<String> holder = people.apply(name);
        if (holder.isEmpty() || !g.token(name).pos().startsWith("NNP")) {
            return List.of();
        }
        for (Dependency d : g.incoming(name)) {
            String r = d.relation();
            int colon = r.indexOf(':');
            if (ARGUMENT.contains(colon > 0 ? r.substring(0, colon) : r) || r.equals("root")) {
                return List.of();
            }
        }
        return holder;
    }

    /** The organisation a title's complement names, through an acronym in brackets or an owned office. */
    static List<String> organisation(SentenceGraph g, int k, Function<Integer, List<String>> orgs) {
        List<String> found = orgs.apply(k);
        if (!found.isEmpty()) {
            return found;
        }
        for (Dependency d : g.outgoing(k)) {
            int a = d.dependent();
            boolean bracketed = a > 0 && a + 1 < g.size() && g.token(a - 1).word().equals("(") && g.token(a + 1).word().equals(")");
            if ((d.relation().equals("dep") || d.relation().equals("appos")) && bracketed
                    && g.token(a).word().equals(g.token(a).word().toUpperCase())) {
                found = orgs.apply(a);
            }
            if (found.isEmpty() && d.relation().equals("nmod:poss") && g.token(k).pos().startsWith("NN")
                    && !g.token(k).pos().startsWith("NNP")) {
                found = orgs.apply(a);
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return found;
    }
}
