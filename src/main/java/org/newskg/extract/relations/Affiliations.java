package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Dependency;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Membership told by a name's modifiers, where the title and the organisation are not side by
 * side: "Syracuse University pop culture professor Robert Thompson", "Senate minority leader
 * Chuck Schumer" (the title is a compound of the name, the organisation a compound of the
 * title), and "Nikki Holland of the National Crime Agency", "Anderson Cooper, of CNN" (the
 * organisation hangs off the name itself).
 */
final class Affiliations {

    /** How a role-giving entity type is looked up: (sentence, token, type) to entity keys. */
    interface Typed {
        List<String> of(int sentence, int token, EntityType type);
    }

    private final DocContext ctx;
    private final Typed typed;

    Affiliations(DocContext ctx, Typed typed) {
        this.ctx = ctx;
        this.typed = typed;
    }

    void extract(SentenceGraph g, int s, int t, List<Relation> out) {
        if (!g.token(t).pos().startsWith("NNP")) {
            return;
        }
        List<String> people = typed.of(s, t, EntityType.PERSON);
        if (people.isEmpty() || !isNameHead(g, s, t, people.get(0))) {
            return;
        }
        String person = people.get(0);
        for (int c : g.childrenExact(t, "compound")) {
            String rel = titleOf(g, c);
            if (rel == null) {
                continue;
            }
            for (int[] org : compoundOrgs(g, s, c)) {
                out.add(RoleExtractor.fact(person, rel, keyOf(s, org[0]), g.token(c).word(), s));
            }
            for (int of : g.childrenExact(c, "nmod:of")) {
                // "Member of Parliament (MP) Ada Roe": the title's own complement
                for (String o : typed.of(s, of, EntityType.ORGANIZATION)) {
                    out.add(RoleExtractor.fact(person, rel, o, g.token(c).word(), s));
                }
            }
        }
        for (Dependency d : g.outgoing(t)) {
            if (d.relation().equals("nmod:of") || d.relation().equals("nmod:at")) {
                for (String o : typed.of(s, d.dependent(), EntityType.ORGANIZATION)) {
                    out.add(RoleExtractor.fact(person, "memberOf", o, "of", s));
                }
            }
        }
    }

    /** The token is the head of its name: no other token of the same entity governs it. */
    private boolean isNameHead(SentenceGraph g, int s, int t, String key) {
        for (Dependency d : g.incoming(t)) {
            if (d.governor() >= 0 && d.relation().equals("compound") && ctx.entitiesAt(s, d.governor()).contains(key)) {
                return false;
            }
        }
        return true;
    }

    /** A title word: one of the cue list (with its relation), or a noun CoreNLP tags TITLE (memberOf). */
    private String titleOf(SentenceGraph g, int t) {
        if (!g.token(t).pos().startsWith("NN")) {
            return null;
        }
        String rel = ctx.cues().titleRelation(g.token(t).word());
        if (rel == null && "TITLE".equals(g.token(t).ner()) && !g.token(t).pos().startsWith("NNP")) {
            rel = "memberOf";
        }
        return rel;
    }

    /** Organisations among the compounds of a title, through intervening modifiers ("pop culture"). */
    private List<int[]> compoundOrgs(SentenceGraph g, int s, int title) {
        List<int[]> out = new ArrayList<>();
        List<Integer> frontier = new ArrayList<>(g.childrenExact(title, "compound"));
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int c : frontier) {
                if (!typed.of(s, c, EntityType.ORGANIZATION).isEmpty()) {
                    out.add(new int[]{c});
                    return out;
                }
                next.addAll(g.childrenExact(c, "compound"));
            }
            frontier = next;
        }
        return out;
    }

    private String keyOf(int s, int token) {
        return typed.of(s, token, EntityType.ORGANIZATION).get(0);
    }

    /**
     * "X, a spokesman for Y" parsed with both the name and the title as appositions of a third
     * noun: the name is the title's sibling.
     */
    static List<String> appositionSibling(SentenceGraph g, int title, Function<Integer, List<String>> people) {
        for (Dependency d : g.incoming(title)) {
            if (!d.relation().equals("appos") || d.governor() < 0) {
                continue;
            }
            for (int sib : g.childrenExact(d.governor(), "appos")) {
                if (sib != title && sib < title) {
                    List<String> p = people.apply(sib);
                    if (!p.isEmpty()) {
                        return p;
                    }
                }
            }
        }
        return List.of();
    }
}
