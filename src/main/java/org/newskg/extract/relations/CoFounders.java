package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Dependency;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "My cofounder was Jonas Eik", "Ada Nilsen's co-founder Jonas Eik": the one named founded
 * with the owner whatever the document says the owner founded. Only a possessor that is a
 * named (or resolved) person and an organisation the owner is asserted, not denied, to have
 * founded make a fact; the evidence is the cofounder sentence.
 */
public final class CoFounders {

    private static final Set<String> WORDS = Set.of("cofounder", "co-founder", "cofounders", "co-founders");

    private CoFounders() {
    }

    public static List<Relation> of(DocContext ctx, List<Relation> found) {
        List<Relation> out = new ArrayList<>();
        for (SentenceGraph g : ctx.graphs()) {
            int s = g.sentence().index();
            for (int t = 0; t < g.size(); t++) {
                if (!WORDS.contains(g.token(t).word().toLowerCase()) || !g.token(t).pos().startsWith("NN")) {
                    continue;
                }
                List<String> owners = new ArrayList<>();
                g.children(t, "nmod:poss").forEach(p -> owners.addAll(ctx.entitiesOfType(s, p, EntityType.PERSON)));
                List<String> holders = holders(ctx, g, s, t);
                holders.removeAll(owners);
                for (String owner : owners) {
                    for (Relation r : found) {
                        if (r.subjectKey().equals(owner) && r.predicate().equals("founderOf") && !r.negated()) {
                            for (String h : holders) {
                                out.add(RoleExtractor.fact(h, "founderOf", r.objectKey(), g.token(t).word(), s));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** "My cofounder was X" (the copula's head), "her co-founder, X" (apposition), "his cofounder X". */
    private static List<String> holders(DocContext ctx, SentenceGraph g, int s, int t) {
        List<String> out = new ArrayList<>();
        for (Dependency d : g.incoming(t)) {
            if (d.relation().equals("nsubj") && d.governor() >= 0 && g.hasChild(d.governor(), "cop")) {
                out.addAll(ctx.entitiesOfType(s, d.governor(), EntityType.PERSON));
            }
        }
        for (int a : g.childrenExact(t, "appos")) {
            out.addAll(ctx.entitiesOfType(s, a, EntityType.PERSON));
        }
        if (out.isEmpty() && t + 1 < g.size() && g.token(t + 1).pos().startsWith("NNP")) {
            out.addAll(ctx.entitiesOfType(s, t + 1, EntityType.PERSON));
        }
        return out;
    }
}
