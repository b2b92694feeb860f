package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Dependency;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * Standing relations told by noun phrases: "Clinton campaign chairman John Podesta",
 * "the Wall Street Journal's Byron Tau", "John Podesta, chairman of the campaign" (memberOf,
 * founderOf by title word) and "Donald Trump's eldest son", "his father Aras" (childOf).
 */
public final class RoleExtractor {

    private static final java.util.Set<String> ORG_LINKS = java.util.Set.of("nmod:of", "nmod:on", "nmod:at",
            "nmod:for", "nmod:to", "nmod:with", "nmod:in", "nmod:poss");

    private final DocContext ctx;

    private final Affiliations affiliations;

    private final KinGroups kinGroups;

    public RoleExtractor(DocContext ctx) {
        this.ctx = ctx;
        this.affiliations = new Affiliations(ctx, ctx::entitiesOfType);
        this.kinGroups = new KinGroups(ctx);
    }

    public List<Relation> extract() {
        List<Relation> out = new ArrayList<>();
        for (SentenceGraph g : ctx.graphs()) {
            int s = g.sentence().index();
            for (int t = 0; t < g.size(); t++) {
                String word = g.token(t).word().toLowerCase();
                String rel = ctx.cues().titleRelation(word);
                if (rel == null && g.token(t).pos().equals("NNS")) {
                    // "Transition Team members, including X"
                    rel = ctx.cues().titleRelation(g.lemma(t));
                }
                if (rel != null && g.token(t).pos().startsWith("NN")) {
                    titled(g, s, t, rel, out);
                }
                // "one of her three sons": the plural by its lemma
                String kinRole = ctx.cues().kinRole(word) != null ? ctx.cues().kinRole(word)
                        : g.token(t).pos().equals("NNS") ? ctx.cues().kinRole(g.lemma(t)) : null;
                if (kinRole != null && g.token(t).pos().startsWith("NN")) {
                    kin(g, s, t, kinRole, out);
                }
                possessiveMember(g, s, t, out);
                if (word.equals("others")) {
                    othersOf(g, s, t, out);
                }
                affiliations.extract(g, s, t, out);
            }
        }
        // "selection committee member X": a body the text never names is no organisation to belong to
        out.removeIf(r -> !r.predicate().equals("childOf") && unnamed(r.objectKey()));
        return out;
    }

    private boolean unnamed(String key) {
        var e = ctx.entities().entity(key);
        return e != null && e.label().codePoints().noneMatch(Character::isUpperCase);
    }

    /** "ORG title PERSON" in a row, or "PERSON, title of ORG". */
    private void titled(SentenceGraph g, int s, int t, String rel, List<Relation> out) {
        int first = t;
        while (first > 0 && ctx.cues().titleRelation(g.token(first - 1).word()) != null) {
            first--;
        }
        int last = t;
        while (last + 1 < g.size() && ctx.cues().titleRelation(g.token(last + 1).word()) != null) {
            last++;
        }
        List<String> people = last + 1 < g.size() ? ctx.entitiesOfType(s, last + 1, EntityType.PERSON) : List.of();
        List<String> orgs = first > 0 ? ctx.entitiesOfType(s, first - 1, EntityType.ORGANIZATION) : List.of();
        if (people.isEmpty()) {
            for (Dependency d : g.incoming(t)) {
                if (d.relation().equals("appos") && d.governor() >= 0) {
                    people = ctx.entitiesOfType(s, d.governor(), EntityType.PERSON);
                }
            }
            for (int a : g.childrenExact(t, "appos")) {
                people = people.isEmpty() ? ctx.entitiesOfType(s, a, EntityType.PERSON) : people;
            }
            people = people.isEmpty() ? Affiliations.appositionSibling(g, t, k -> ctx.entitiesOfType(s, k, EntityType.PERSON)) : people;
            if (people.isEmpty() && g.hasChild(t, "cop")) {
                // "al-Muhandis was the deputy commander of the PMF", "He is a professor at X"
                for (int n : g.childrenExact(t, "nsubj")) {
                    people = people.isEmpty() ? ctx.entitiesOfType(s, n, EntityType.PERSON) : people;
                    // "Both are professors at X": the pair the sentence before joined as its subject
                    people = people.isEmpty() && PairSubjects.isBothSubject(g, n) ? PairSubjects.previousPair(ctx, s) : people;
                }
            }
            people = people.isEmpty() ? examples(g, s, t) : people;
            people = people.isEmpty() ? CommaApposition.person(g, t, k -> ctx.entitiesOfType(s, k, EntityType.PERSON)) : people;
            for (Dependency d : g.incoming(t)) {
                // "named him as a member of X", "introduced himself as president of X"
                if (people.isEmpty() && d.relation().equals("obl:as") && d.governor() >= 0) {
                    for (int o : g.childrenExact(d.governor(), "obj")) {
                        people = ctx.entitiesOfType(s, o, EntityType.PERSON);
                    }
                }
            }
        }
        if (orgs.isEmpty()) {
            for (Dependency d : g.outgoing(t)) {
                if (orgs.isEmpty() && ORG_LINKS.contains(d.relation())) {
                    orgs = CommaApposition.organisation(g, d.dependent(), k -> ctx.entitiesOfType(s, k, EntityType.ORGANIZATION));
                }
            }
            for (int c : g.childrenExact(t, "compound")) {
                orgs = orgs.isEmpty() ? ctx.entitiesOfType(s, c, EntityType.ORGANIZATION) : orgs;
            }
        }
        // "X, the Supreme Leader of Y" read as one name: the title inside it names an office, not an employer
        List<String> office = ctx.entitiesOfType(s, t, EntityType.ORGANIZATION);
        for (String p : people) {
            for (String o : orgs) {
                if (!office.contains(o)) {
                    out.add(fact(p, rel, o, g.token(t).word(), s));
                }
            }
        }
    }

    /**
     * "Ada Roe and others in the Green Party": those named beside the others belong with them.
     * The parser may hang the group on either conjunct.
     */
    private void othersOf(SentenceGraph g, int s, int others, List<Relation> out) {
        for (Dependency d : g.incoming(others)) {
            if (!d.relation().startsWith("conj") || d.governor() < 0) {
                continue;
            }
            List<String> orgs = new ArrayList<>();
            for (int holder : List.of(others, d.governor())) {
                for (String rel : List.of("nmod:in", "nmod:of", "nmod:from")) {
                    for (int o : g.childrenExact(holder, rel)) {
                        orgs.addAll(ctx.entitiesOfType(s, o, EntityType.ORGANIZATION));
                    }
                }
            }
            for (String p : ctx.entitiesOfType(s, d.governor(), EntityType.PERSON)) {
                orgs.stream().distinct().forEach(o -> out.add(fact(p, "memberOf", o, "others", s)));
            }
        }
    }

    /** "the Wall Street Journal's Byron Tau". */
    private void possessiveMember(SentenceGraph g, int s, int t, List<Relation> out) {
        List<String> people = ctx.entitiesOfType(s, t, EntityType.PERSON);
        if (people.isEmpty() || !g.token(t).pos().startsWith("NNP")) {
            return;
        }
        for (int owner : g.childrenExact(t, "nmod:poss")) {
            for (String o : ctx.entitiesOfType(s, owner, EntityType.ORGANIZATION)) {
                out.add(fact(people.get(0), "memberOf", o, g.token(owner).word() + "'s", s));
            }
        }
    }

    /** "X's son" (the son is X's child), "his father Aras" (he is Aras's child). */
    private void kin(SentenceGraph g, int s, int t, String role, List<Relation> out) {
        List<String> owners = new ArrayList<>();
        for (int p : g.children(t, "nmod:poss")) {
            owners.addAll(ctx.entitiesOfType(s, p, EntityType.PERSON));
        }
        for (int p : g.childrenExact(t, "nmod:of")) {
            owners.addAll(ctx.entitiesOfType(s, p, EntityType.PERSON));
        }
        if (owners.isEmpty()) {
            List<String> counted = kinGroups.counted(g, s, t, role, out);
            if (!counted.isEmpty()) {
                kinGroups.remember(s, role, counted);
                return;
            }
            owners.addAll(kinGroups.earlierOwners(g, s, t, role));
        } else {
            kinGroups.remember(s, role, owners);
        }
        List<String> relative = new ArrayList<>(ctx.entitiesOfType(s, t, EntityType.PERSON));
        relative.removeAll(owners);
        for (Dependency d : g.incoming(t)) {
            // "Maya Grant, the daughter of Peter Grant", "Ian Roe (son of Ada Roe)"
            if (relative.isEmpty() && (d.relation().equals("appos") || d.relation().equals("dep")) && d.governor() >= 0) {
                relative.addAll(ctx.entitiesOfType(s, d.governor(), EntityType.PERSON));
            }
            // "Ian Roe, one of Ada Roe's sons": the apposition is the number the kin noun completes
            if (relative.isEmpty() && d.relation().equals("nmod:of") && d.governor() >= 0
                    && g.token(d.governor()).pos().equals("CD")) {
                for (Dependency a : g.incoming(d.governor())) {
                    if (a.relation().equals("appos") && a.governor() >= 0) {
                        relative.addAll(ctx.entitiesOfType(s, a.governor(), EntityType.PERSON));
                    }
                }
            }
        }
        if (relative.isEmpty()) {
            for (Dependency d : g.outgoing(t)) {
                if (d.relation().equals("appos") || d.relation().equals("flat") || d.relation().equals("dep")) {
                    relative.addAll(ctx.entitiesOfType(s, d.dependent(), EntityType.PERSON));
                }
            }
            if (relative.isEmpty() && t + 1 < g.size()) {
                relative.addAll(ctx.entitiesOfType(s, t + 1, EntityType.PERSON));
            }
        }
        for (String owner : owners) {
            for (String r : relative) {
                if (!owner.equals(r)) {
                    out.add(role.equals("child") ? fact(r, "childOf", owner, g.token(t).word(), s)
                            : fact(owner, "childOf", r, g.token(t).word(), s));
                }
            }
        }
    }

    /** "Transition Team members, including X", "party officials such as X and Y": the people given as examples. */
    private List<String> examples(SentenceGraph g, int s, int title) {
        List<String> out = new ArrayList<>();
        for (String ex : List.of("nmod:including", "nmod:such_as")) {
            for (int e : g.childrenExact(title, ex)) {
                List<Integer> named = new ArrayList<>(List.of(e));
                named.addAll(g.children(e, "conj"));
                named.forEach(n -> ctx.entitiesOfType(s, n, EntityType.PERSON).stream().filter(k -> !out.contains(k)).forEach(out::add));
            }
        }
        return out;
    }

    static Relation fact(String subject, String property, String object, String trigger, int sentence) {
        return new Relation(subject, property, object, trigger, null, null, null, false, false, null, 0.8, sentence);
    }
}
