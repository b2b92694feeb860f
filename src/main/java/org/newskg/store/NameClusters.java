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
 * type joins it: an alias that other document explained (an
 * expansion, initials), a surname, a name without its corporate suffix, initials, a known short
 * form. When two or more would fit it joins none and says so. Two entities of one document are
 * never joined (the document kept them apart). Each resulting entity's label is its longest
 * full name, ties broken by how many documents use it, then lexically.
 */
final class NameClusters {

    /** One resolved entity: its label, the records it holds and the explained merges. */
    record Cluster(EntityType type, String label, List<NameRecord> records, List<Merge> merges) {
    }

    /** A name joined across documents, why, on which documents' word; or a name left apart. */
    record Merge(String name, NameRule rule, Set<Node> documents, List<Integer> ambiguousWith) {
    }

    private final NameRules rules = NameRules.bundled();
    private final Set<String> places = new HashSet<>();
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
        places.clear();
        groups.values().stream().filter(g -> g.type == EntityType.LOCATION).forEach(g -> places.add(g.full));
        NameIndex index = new NameIndex(groups.values(), rules, this::placeQualified);
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
        return clusters(groups.values(), ambiguousWith);
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
            if (explained != null && compatible(g.type, h.type, true) && (!g.office() || explained.equals(NameRule.TITLE.localName()))) {
                NameRule r = NameRule.ofLocalName(explained);
                byAlias.putIfAbsent(h.root(), r == null || r == NameRule.FULL_NAME ? NameRule.SAME_NAME : r);
            }
            NameRule rule = g.office() ? null : ruleFit(g, h);
            if (rule != null) {
                byRule.putIfAbsent(h.root(), rule);
            }
        }
        return SharedTitles.narrow(g, byAlias.isEmpty() ? byRule : byAlias);
    }

    /** Organisations and places are confused by NER; acronyms and known short forms may cross them. */
    private static boolean compatible(EntityType a, EntityType b, boolean acrossOrgAndPlace) {
        return a == b || acrossOrgAndPlace && a != EntityType.PERSON && b != EntityType.PERSON
                && a != EntityType.WORK && b != EntityType.WORK;
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

    /** Why the short group g can stand for the longer group h by a name rule, or null. */
    private NameRule ruleFit(Group g, Group h) {
        if (g.type == EntityType.PERSON && h.type == EntityType.PERSON
                && rules.isSurnameOf(NameRules.personName(g.surface), NameRules.personName(h.surface))) {
            return NameRule.SURNAME;
        }
        if (g.type == EntityType.ORGANIZATION && h.type == EntityType.ORGANIZATION
                && (rules.isSuffixShortOf(g.full, h.full) || placeQualified(h.full).contains(g.full))) {
            return NameRule.SHORT_NAME;
        }
        if (compatible(g.type, h.type, true) && rules.isInitialsOf(NameRules.acronym(g.surface), h.full)) {
            return NameRule.INITIALS;
        }
        return compatible(g.type, h.type, true) && rules.isKnownShortFormOf(g.full, h.full) ? NameRule.KNOWN_SHORT_FORM : null;
    }

    /**
     * An organisation's name without a leading place the store knows: "department of justice"
     * for "united states department of justice".
     */
    private List<String> placeQualified(String full) {
        List<String> t = NameRules.tokens(full);
        List<String> out = new ArrayList<>();
        for (int k = 1; k < t.size(); k++) {
            if (places.contains(String.join(" ", t.subList(0, k)))) {
                out.add(String.join(" ", t.subList(k, t.size())));
            }
        }
        return out;
    }

    private List<Cluster> clusters(java.util.Collection<Group> groups, Map<Group, List<Group>> ambiguousWith) {
        Map<Group, List<Group>> byRoot = new LinkedHashMap<>();
        for (Group g : groups) {
            byRoot.computeIfAbsent(g.root(), k -> new ArrayList<>()).add(g);
        }
        List<Group> roots = new ArrayList<>(byRoot.keySet());
        Map<Group, Integer> number = new HashMap<>();
        for (int i = 0; i < roots.size(); i++) {
            number.put(roots.get(i), i);
        }
        List<Cluster> out = new ArrayList<>();
        for (Group root : roots) {
            List<NameRecord> recs = new ArrayList<>();
            byRoot.get(root).forEach(g -> recs.addAll(g.records));
            List<Merge> merges = new ArrayList<>(root.merges);
            if (ambiguousWith.containsKey(root)) {
                Set<Node> docs = new TreeSet<>(Comparator.comparing(Node::getURI));
                docs.addAll(root.graphs);
                merges.add(new Merge(root.surface, NameRule.AMBIGUOUS, docs,
                        ambiguousWith.get(root).stream().map(r -> number.get(r.root())).sorted().toList()));
            }
            out.add(new Cluster(root.type, CanonicalLabels.choose(recs), recs, merges));
        }
        return out;
    }
}
