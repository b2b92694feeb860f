package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Dependency;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kinship told of a counted group or by reference to an earlier relative: "she is survived by
 * two sons with Tom Hale, Ben and Sam" (the count says the first name is the other parent and
 * the rest are the children), "she had two daughters, Ann and Beth", and "another son, Carl,
 * ..." (whose son is the owner of the kin noun just before, within two sentences). A count
 * that does not match the names given, or a kin noun with no owner in reach, makes no fact.
 */
final class KinGroups {

    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6);

    private static final Set<String> ANOTHER = Set.of("another", "other");

    private static final int REACH = 2;

    private final DocContext ctx;
    private int lastSentence = -10;
    private String lastRole;
    private List<String> lastOwners = List.of();

    KinGroups(DocContext ctx) {
        this.ctx = ctx;
    }

    /** The owners a kin noun was found to have, kept for a later "another son". */
    void remember(int s, String role, List<String> owners) {
        if (!owners.isEmpty()) {
            lastSentence = s;
            lastRole = role;
            lastOwners = List.copyOf(owners);
        }
    }

    /** "Another son, Carl Hale, ...": the owners of the last kin noun of the same role, if near. */
    List<String> earlierOwners(SentenceGraph g, int s, int kin, String role) {
        boolean another = false;
        if (!g.children(kin, "nmod").isEmpty()) {
            // "another daughter of a local family": the kin noun names its own owner, even if no person
            return List.of();
        }
        for (Dependency d : g.outgoing(kin)) {
            if ((d.relation().equals("det") || d.relation().equals("amod")) && ANOTHER.contains(g.token(d.dependent()).word().toLowerCase())) {
                another = true;
            }
        }
        return another && role.equals(lastRole) && s - lastSentence <= REACH ? lastOwners : List.of();
    }

    /** "survived by two sons with B, C and D", "had two daughters, C and D": the counted children. */
    List<String> counted(SentenceGraph g, int s, int kin, String role, List<Relation> out) {
        Integer count = count(g, kin);
        if (count == null || !role.equals("child")) {
            return List.of();
        }
        List<String> owners = owners(g, s, kin);
        if (owners.isEmpty()) {
            return List.of();
        }
        List<Integer> with = named(g, kin, "nmod:with");
        List<Integer> apposed = named(g, kin, "appos");
        List<Integer> children;
        List<String> parents = new ArrayList<>(owners);
        if (with.size() == count + 1 && g.token(with.get(0) + 1).word().equals(",")) {
            // the first name is the other parent, the rest (after the comma) the children
            parents.addAll(ctx.entitiesOfType(s, with.get(0), EntityType.PERSON));
            children = with.subList(1, with.size());
        } else if (with.isEmpty() && apposed.size() == count) {
            children = apposed;
        } else {
            return List.of();
        }
        for (int c : children) {
            for (String child : ctx.entitiesOfType(s, c, EntityType.PERSON)) {
                parents.stream().filter(p -> !p.equals(child)).distinct()
                        .forEach(p -> out.add(RoleExtractor.fact(child, "childOf", p, g.token(kin).word(), s)));
            }
        }
        return owners;
    }

    private static Integer count(SentenceGraph g, int kin) {
        for (int n : g.childrenExact(kin, "nummod")) {
            String w = g.token(n).word().toLowerCase();
            Integer v = NUMBERS.get(w);
            if (v == null && w.matches("[2-6]")) {
                v = Integer.parseInt(w);
            }
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Whose children they are: the one survived by them, or the one who had them. */
    private List<String> owners(SentenceGraph g, int s, int kin) {
        for (Dependency d : g.incoming(kin)) {
            if (d.governor() < 0) {
                continue;
            }
            String lemma = g.lemma(d.governor());
            String subject = null;
            if (lemma.equals("survive") && (d.relation().equals("obl:agent") || d.relation().equals("obl:by"))) {
                subject = "nsubj:pass";
            } else if (lemma.equals("have") && d.relation().equals("obj")) {
                subject = "nsubj";
            }
            if (subject != null) {
                List<String> out = new ArrayList<>();
                for (int n : g.childrenExact(d.governor(), subject)) {
                    out.addAll(ctx.entitiesOfType(s, n, EntityType.PERSON));
                }
                return out;
            }
        }
        return List.of();
    }

    /** The proper-noun heads a relation gives the kin noun, with their conjuncts, in text order. */
    private static List<Integer> named(SentenceGraph g, int kin, String rel) {
        List<Integer> out = new ArrayList<>();
        for (int h : g.childrenExact(kin, rel)) {
            if (g.token(h).pos().startsWith("NNP") && !out.contains(h)) {
                out.add(h);
            }
            for (int c : g.children(h, "conj")) {
                if (g.token(c).pos().startsWith("NNP") && !out.contains(c)) {
                    out.add(c);
                }
            }
        }
        out.sort(Integer::compare);
        return out;
    }
}
