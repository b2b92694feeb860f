package org.newskg.store;

import org.apache.jena.graph.Node;
import org.newskg.model.EntityType;
import org.newskg.names.NameRule;
import org.newskg.names.NameRules;
import org.newskg.names.Spellings;

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
 * The key under which the store gathers the records of one entity before any name rule runs
 * ({@link NameClusters}): a person's full name with a nickname for a first name written out, in
 * its {@linkplain Spellings spelling key}, or another entity's name in its spelling key. Records
 * whose keys differ are gathered too when one of them was spelled with an umlaut ("Schäfer",
 * "Schaefer") or when a document joined the other's full name to it as a variant ("Khalifa
 * Hifter" beside "Khalifa Haftar"), unless some document holds both names as two entities.
 * Every key is a function of the records alone, so the store's entities do not depend on the
 * order documents came in.
 */
final class SpellingKeys {

    private SpellingKeys() {
    }

    /** The gathering key of each record, and, per key, the merges it made across documents. */
    record Keys(Map<NameRecord, String> of, Map<String, List<NameClusters.Merge>> merges) {
    }

    static Keys of(List<NameRecord> records, NameRules rules) {
        Map<NameRecord, String> own = new LinkedHashMap<>();
        for (NameRecord r : records) {
            own.put(r, own(r, rules));
        }
        Map<String, String> parent = new TreeMap<>();
        own.values().forEach(k -> parent.put(k, k));
        Set<String> keptApart = keptApart(own);
        for (NameRecord r : records) {
            if (r.type() == EntityType.WORK) {
                continue;
            }
            String k = own.get(r);
            for (String other : linked(r, rules)) {
                String o = prefix(r) + other;
                if (!o.equals(k) && parent.containsKey(o) && !keptApart.contains(pair(k, o))) {
                    union(parent, k, o);
                }
            }
        }
        Map<NameRecord, String> out = new LinkedHashMap<>();
        own.forEach((r, k) -> out.put(r, find(parent, k)));
        return new Keys(out, merges(out, rules));
    }

    private static String prefix(NameRecord r) {
        return r.type() == EntityType.PERSON ? "person|" : "name|";
    }

    private static String own(NameRecord r, NameRules rules) {
        if (r.type() == EntityType.WORK) {
            return "work|" + r.entity().getURI();
        }
        // a person's name and a place or firm named after a person ("Trump Tower") are kept apart
        boolean person = r.type() == EntityType.PERSON;
        // "the Foreign Ministry of France" and "the French Foreign Ministry" gather under one key
        return prefix(r) + rules.spellings().key(person ? withGiven(r.fullName(), rules) : NameClusters.orgName(r.fullName()), person);
    }

    /** Keys (without prefix) the record's names may also have: umlauts written out, and its variants. */
    private static Set<String> linked(NameRecord r, NameRules rules) {
        boolean person = r.type() == EntityType.PERSON;
        Set<String> out = new TreeSet<>();
        List<String> names = new ArrayList<>(List.of(r.fullName()));
        r.names().forEach((name, rule) -> {
            if (rule.equals(NameRule.VARIANT.localName())) {
                names.add(name);
            }
        });
        for (String n : names) {
            out.addAll(rules.spellings().keys(person ? withGiven(n, rules) : n, person));
        }
        return out;
    }

    /** A person's name with a nickname for a first name written out ("Rick Gates" as "Richard Gates"). */
    private static String withGiven(String name, NameRules rules) {
        String norm = NameRules.normalize(name);
        String given = rules.withGivenName(norm);
        if (given.equals(norm)) {
            return name;
        }
        String first = NameRules.tokens(given).get(0);
        return name.trim().replaceFirst("^\\S+", Character.toUpperCase(first.charAt(0)) + first.substring(1));
    }

    /** Pairs of keys some document gives two of its entities: that document kept them apart. */
    private static Set<String> keptApart(Map<NameRecord, String> own) {
        Map<Node, Set<String>> byGraph = new HashMap<>();
        own.forEach((r, k) -> byGraph.computeIfAbsent(r.graph(), g -> new TreeSet<>()).add(k));
        Set<String> out = new HashSet<>();
        for (Set<String> keys : byGraph.values()) {
            for (String a : keys) {
                for (String b : keys) {
                    if (!a.equals(b)) {
                        out.add(pair(a, b));
                    }
                }
            }
        }
        return out;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
    }

    private static String find(Map<String, String> parent, String k) {
        String p = parent.get(k);
        while (!p.equals(parent.get(p))) {
            p = parent.get(p);
        }
        return p;
    }

    /** Joins two classes under the lexically first key, so the result does not depend on the order. */
    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }

    /**
     * The spellings of one key's full names that documents not using the key's first spelling
     * gave: each a merge with rule Variant on the word of the documents that use either.
     */
    private static Map<String, List<NameClusters.Merge>> merges(Map<NameRecord, String> keys, NameRules rules) {
        Map<String, Map<String, List<NameRecord>>> byKey = new TreeMap<>();
        keys.forEach((r, k) -> {
            if (r.type() != EntityType.WORK) {
                byKey.computeIfAbsent(k, x -> new TreeMap<>()).computeIfAbsent(NameRules.normalize(r.fullName()), x -> new ArrayList<>()).add(r);
            }
        });
        Map<String, List<NameClusters.Merge>> out = new HashMap<>();
        byKey.forEach((k, spellings) -> {
            if (spellings.size() < 2) {
                return;
            }
            // the spelling most documents use, then the lexically first, is the one the others join
            String main = spellings.entrySet().stream().min(Comparator.<Map.Entry<String, List<NameRecord>>>comparingInt(
                    e -> -graphs(e.getValue()).size()).thenComparing(Map.Entry::getKey)).orElseThrow().getKey();
            Set<Node> mainDocs = graphs(spellings.get(main));
            spellings.forEach((name, recs) -> {
                if (name.equals(main) || mainDocs.containsAll(graphs(recs))) {
                    return;
                }
                Set<Node> docs = new TreeSet<>(Comparator.comparing(Node::getURI));
                docs.addAll(mainDocs);
                docs.addAll(graphs(recs));
                String surface = recs.stream().map(NameRecord::fullName).sorted().findFirst().orElseThrow();
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(new NameClusters.Merge(surface, NameRule.VARIANT, docs, List.of()));
            });
        });
        return out;
    }

    private static Set<Node> graphs(List<NameRecord> recs) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
        recs.forEach(r -> out.add(r.graph()));
        return out;
    }
}
