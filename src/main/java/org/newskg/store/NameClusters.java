package org.newskg.store;

import org.apache.jena.graph.Node;
import org.newskg.model.EntityType;
import org.newskg.names.NameRule;
import org.newskg.names.NameRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolves entity names across the documents of the store, as a function of what the documents
 * say and nothing else. Records with the same type and the same normalised full name, or the
 * same name spelled another way ({@link SpellingKeys}), are one entity. Then, longest names
 * first, an entity whose full name is a short form of exactly one longer entity of the same
 * type joins it: an alias that other document explained (an expansion, initials), a surname, a
 * name without its corporate suffix or its one last word, initials, a known short
 * form. When two or more would fit it joins none and says so. Two entities of one document are
 * never joined (the document kept them apart). Each resulting entity's label is its longest
 * full name, ties broken by how many documents use it, then lexically.
 */
final class NameClusters {

    /**
     * One resolved entity: its label, the records it holds and the explained merges; {@code onlyIn}
     * is the one document graph it is confined to when the same bare name in other documents may be
     * someone else ({@link BareNames#holders}), else null.
     */
    record Cluster(EntityType type, String label, List<NameRecord> records, List<Merge> merges, Node onlyIn) {
    }

    /** A name joined across documents, why, on which documents' word; or a name left apart. */
    record Merge(String name, NameRule rule, Set<Node> documents, List<Integer> ambiguousWith) {
    }

    private final NameRules rules = NameRules.bundled();
    private final BareNames bare = new BareNames(rules);
    private final RuleFits ruleFits = new RuleFits(rules);
    private final Map<Node, List<Group>> byGraph = new HashMap<>();

    static final class Group {
        final String key;
        EntityType type;
        final String full;
        final int words;
        final List<NameRecord> records = new ArrayList<>();
        final Map<String, String> explained = new HashMap<>();
        String surface;
        Group parent = this;
        Set<Node> graphs = new HashSet<>();
        final Set<Node> own = new HashSet<>();
        List<Merge> merges = new ArrayList<>();
        final List<Group> members = new ArrayList<>(List.of(this));

        Group(String key, EntityType type, String full) {
            this.key = key;
            this.type = type;
            this.full = full;
            this.words = NameRules.tokens(full).size();
        }

        /** An office ("the President") whose holder its documents never name: it joins only by a title. */
        boolean office() {
            return records.stream().allMatch(r -> NameRule.OFFICE.localName().equals(r.names().get(r.fullName())));
        }

        Group root() {
            Group g = this;
            while (g.parent != g) {
                g = g.parent;
            }
            return g;
        }
    }

    List<Cluster> resolve(List<NameRecord> unordered) {
        List<NameRecord> records = new ArrayList<>(unordered);
        records.sort(Comparator.comparing((NameRecord r) -> r.graph().getURI()).thenComparing(r -> r.entity().getURI()));
        Map<String, Group> groups = new TreeMap<>();
        Map<Group, Map<EntityType, Integer>> votes = new HashMap<>();
        SpellingKeys.Keys keys = SpellingKeys.of(records, rules);
        for (NameRecord r : records) {
            String full = NameRules.normalize(r.fullName());
            String key = keys.of().get(r);
            Group g = groups.computeIfAbsent(key, k -> new Group(k, r.type(),
                    r.type() == EntityType.PERSON ? rules.withGivenName(full) : full));
            if (g.records.isEmpty()) {
                g.merges.addAll(keys.merges().getOrDefault(key, List.of()));
            }
            g.records.add(r);
            g.surface = g.surface == null || r.fullName().compareTo(g.surface) < 0 ? r.fullName() : g.surface;
            g.graphs.add(r.graph());
            g.own.add(r.graph());
            votes.computeIfAbsent(g, k -> new TreeMap<>()).merge(r.type(), 1, Integer::sum);
            r.names().forEach((name, rule) -> {
                // coreference and a document's lead person are that document's reading, not a name rule
                if (!rule.equals(NameRule.COREFERENCE.localName()) && !rule.equals(NameRule.LEAD_PERSON.localName())) {
                    g.explained.putIfAbsent(NameRules.normalize(name), rule);
                }
            });
        }
        votes.forEach((g, v) -> g.type = v.entrySet().stream()
                .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey());
        byGraph.clear();
        groups.values().forEach(g -> g.own.forEach(d -> byGraph.computeIfAbsent(d, k -> new ArrayList<>()).add(g)));
        ruleFits.places(groups.values().stream().filter(g -> g.type == EntityType.LOCATION).map(g -> g.full).toList());
        NameIndex index = new NameIndex(groups.values(), rules, ruleFits::placeQualified);
        TreeMap<Integer, List<Group>> levels = new TreeMap<>(Comparator.reverseOrder());
        groups.values().stream().filter(g -> g.type != EntityType.WORK)
                .forEach(g -> levels.computeIfAbsent(g.words, k -> new ArrayList<>()).add(g));
        Map<Group, List<Group>> ambiguousWith = new LinkedHashMap<>();
        for (List<Group> level : levels.values()) {
            Map<Group, Map<Group, NameRule>> fits = new LinkedHashMap<>();
            for (Group g : level) {
                fits.put(g, fits(g, index));
            }
            List<Group> order = new ArrayList<>(level);
            order.sort(Comparator.comparingInt((Group g) -> weakFit(g, fits.get(g)) ? 1 : 0).thenComparing(g -> g.key));
            for (Group g : order) {
                Map<Group, NameRule> f = fits.get(g);
                if (f.size() > 1) {
                    ambiguousWith.put(g, new ArrayList<>(f.keySet()));
                } else if (f.size() == 1 && mayJoin(g, f.keySet().iterator().next())) {
                    Map.Entry<Group, NameRule> e = f.entrySet().iterator().next();
                    join(g, e.getKey(), e.getValue());
                }
            }
        }
        Map<Group, List<Group>> perDocument = new LinkedHashMap<>();
        for (Group g : groups.values()) {
            if (g.root() == g && g.members.size() == 1 && g.own.size() > 1 && bare.bare(g)) {
                List<Group> holders = bare.holders(g, index);
                if (holders.size() > 1) {
                    perDocument.put(g, holders);
                }
            }
        }
        return clusters(groups.values(), ambiguousWith, perDocument);
    }

    /**
     * The roots of the longer groups a group's full name can stand for, with the rule: names
     * other documents explained as aliases first; only when there are none, the name rules.
     * A group sharing a document with the candidate is no candidate: that document kept them apart.
     */
    private Map<Group, NameRule> fits(Group g, NameIndex index) {
        Map<Group, NameRule> byAlias = new LinkedHashMap<>();
        Map<Group, NameRule> byRule = new LinkedHashMap<>();
        for (Group h : index.candidates(g)) {
            if (h.words <= g.words || !mayJoin(g, h) || rules.hasGeneration(g.full) != rules.hasGeneration(h.full) || h.office()) {
                continue;
            }
            String explained = h.explained.get(g.full);
            if (explained != null && RuleFits.compatible(g.type, h.type, true) && (!g.office() || explained.equals(NameRule.TITLE.localName()))) {
                NameRule r = NameRule.ofLocalName(explained);
                byAlias.putIfAbsent(h.root(), r == null || r == NameRule.FULL_NAME ? NameRule.SAME_NAME : r);
            }
            NameRule rule = g.office() ? null : ruleFits.fit(g, h);
            if (rule != null) {
                byRule.putIfAbsent(h.root(), rule);
            }
        }
        Map<Group, NameRule> out = new LinkedHashMap<>(byAlias.isEmpty() ? byRule : byAlias);
        if (!out.isEmpty()) {
            bare.otherTypes(g, index).forEach(out::putIfAbsent);
        }
        return SharedTitles.narrow(g, out);
    }

    /** A first name standing for a full name ("Jeff"): weaker than a surname, joins after them. */
    private boolean weakFit(Group g, Map<Group, NameRule> fits) {
        if (fits.size() != 1 || fits.values().iterator().next() != NameRule.SURNAME) {
            return false;
        }
        List<String> s = NameRules.tokens(rules.withoutHonorifics(g.full));
        List<String> l = NameRules.tokens(fits.keySet().iterator().next().full);
        return s.isEmpty() || l.isEmpty() || !s.get(s.size() - 1).equals(l.get(l.size() - 1));
    }

    /**
     * A group may join another's entity when no document holds both, or when where one does it
     * held only other parts of the entity's full name: "Jeff" and "Sessions" in one document,
     * "Jeff Sessions" in another, are one person (the document had no rule to join them, it did
     * not keep them apart).
     */
    private boolean mayJoin(Group g, Group other) {
        if (disjoint(g, other)) {
            return true;
        }
        Group root = other.root();
        if (g.type != EntityType.PERSON || root.type != EntityType.PERSON || g.words != 1) {
            return false;
        }
        String full = NameRules.personName(root.surface);
        if (!rules.isSurnameOf(NameRules.personName(g.surface), full)) {
            return false;
        }
        for (Node d : g.own) {
            for (Group near : byGraph.getOrDefault(d, List.of())) {
                if (near != g && near.type == EntityType.PERSON
                        && rules.isSurnameOf(NameRules.personName(g.surface), NameRules.personName(near.surface))) {
                    return false; // its document had a full name it fits and kept it apart
                }
            }
        }
        for (Group m : root.members) {
            if (!java.util.Collections.disjoint(m.own, g.graphs)) {
                String part = NameRules.personName(m.surface);
                if (!rules.isSurnameOf(part, full) || !java.util.Collections.disjoint(
                        NameRules.tokens(rules.withoutHonorifics(part)), NameRules.tokens(rules.withoutHonorifics(g.full)))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean disjoint(Group g, Group other) {
        Group root = other.root();
        for (Node n : g.graphs) {
            if (root.graphs.contains(n)) {
                return false;
            }
        }
        return true;
    }

    private void join(Group g, Group root, NameRule rule) {
        Set<Node> docs = new TreeSet<>(Comparator.comparing(Node::getURI));
        docs.addAll(g.graphs);
        docs.addAll(root.graphs);
        g.parent = root;
        root.members.addAll(g.members);
        root.graphs.addAll(g.graphs);
        root.merges.addAll(g.merges);
        root.merges.add(new Merge(g.surface, rule, docs, List.of()));
    }

    /**
     * The clusters: one per root, except that a bare name the store may not carry from one
     * document to another ({@code perDocument}, with the people it may be) gives one per document.
     */
    private List<Cluster> clusters(java.util.Collection<Group> groups, Map<Group, List<Group>> ambiguousWith,
                                   Map<Group, List<Group>> perDocument) {
        Map<Group, List<Group>> byRoot = new LinkedHashMap<>();
        for (Group g : groups) {
            byRoot.computeIfAbsent(g.root(), k -> new ArrayList<>()).add(g);
        }
        Map<Group, Integer> number = new HashMap<>();
        int n = 0;
        for (Group root : byRoot.keySet()) {
            number.put(root, n);
            n += perDocument.containsKey(root) ? root.own.size() : 1;
        }
        List<Cluster> out = new ArrayList<>();
        for (Group root : byRoot.keySet()) {
            List<NameRecord> recs = new ArrayList<>();
            byRoot.get(root).forEach(g -> recs.addAll(g.records));
            if (perDocument.containsKey(root)) {
                List<Integer> with = numbers(perDocument.get(root), number);
                Set<Node> docs = new TreeSet<>(Comparator.comparing(Node::getURI));
                docs.addAll(root.own);
                for (Node d : docs) {
                    List<NameRecord> here = recs.stream().filter(r -> r.graph().equals(d)).toList();
                    out.add(new Cluster(root.type, CanonicalLabels.choose(here), here,
                            List.of(new Merge(root.surface, NameRule.AMBIGUOUS, Set.of(d), with)), d));
                }
                continue;
            }
            List<Merge> merges = new ArrayList<>(root.merges);
            if (ambiguousWith.containsKey(root)) {
                Set<Node> docs = new TreeSet<>(Comparator.comparing(Node::getURI));
                docs.addAll(root.graphs);
                merges.add(new Merge(root.surface, NameRule.AMBIGUOUS, docs, numbers(ambiguousWith.get(root), number)));
            }
            out.add(new Cluster(root.type, CanonicalLabels.choose(recs), recs, merges, null));
        }
        return out;
    }

    private static List<Integer> numbers(List<Group> groups, Map<Group, Integer> number) {
        return groups.stream().map(g -> number.get(g.root())).distinct().sorted().toList();
    }
}
