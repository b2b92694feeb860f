package org.newskg.extract.entities;

import org.newskg.extract.UnionFind;
import org.newskg.names.NameRule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The candidates of one document being grouped into entities: a growable union-find over them,
 * a flag per set saying whether it holds a name, why each name joined its set, and indexes by
 * sentence and token so that every lookup costs O(1) or O(log n), never a scan.
 */
final class Clusters {

    private final List<Candidate> list = new ArrayList<>();
    private final UnionFind sets = new UnionFind();
    private final UnionFind byName = new UnionFind();
    private final List<Boolean> named = new ArrayList<>();
    private final Map<Long, Integer> byHead = new HashMap<>();
    private final Map<Long, List<Integer>> namesCovering = new HashMap<>();
    private final Map<Integer, NameRule> joinedBy = new HashMap<>();

    Clusters(List<Candidate> sortedCandidates) {
        sortedCandidates.forEach(this::add);
    }

    static boolean isNamed(Candidate c) {
        return c.kind() == Candidate.Kind.NAME || c.kind() == Candidate.Kind.GROUP || c.kind() == Candidate.Kind.WORK;
    }

    static long key(int sentence, int token) {
        return ((long) sentence << 20) | token;
    }

    int add(Candidate c) {
        int i = sets.add();
        byName.add();
        list.add(c);
        named.add(isNamed(c));
        byHead.putIfAbsent(key(c.sentence(), c.head()), i);
        if (c.kind() == Candidate.Kind.NAME) {
            for (int t = c.begin(); t < c.end(); t++) {
                namesCovering.computeIfAbsent(key(c.sentence(), t), k -> new ArrayList<>()).add(i);
            }
        }
        return i;
    }

    /** Replaces a candidate that is not a name by a work of the same head. */
    void replace(int i, Candidate c) {
        list.set(i, c);
        if (isNamed(c)) {
            named.set(find(i), true);
        }
    }

    Candidate get(int i) {
        return list.get(i);
    }

    int size() {
        return list.size();
    }

    List<Candidate> all() {
        return list;
    }

    int find(int i) {
        return sets.find(i);
    }

    /** Joins the set of {@code joining} to that of {@code target}, recording why {@code joining} came. */
    void union(int joining, int target, NameRule rule) {
        int ra = find(joining);
        int rb = find(target);
        if (ra == rb) {
            return;
        }
        boolean anyNamed = named.get(ra) || named.get(rb);
        int root = sets.union(ra, rb);
        named.set(root, anyNamed);
        joinedBy.putIfAbsent(joining, rule);
        if (rule != NameRule.COREFERENCE) {
            byName.union(joining, target);
        }
    }

    /** Joins candidate {@code i} to the one set among the targets; to none when they are two sets or more. */
    void joinUnique(int i, java.util.Collection<Integer> targets, NameRule rule) {
        java.util.Set<Integer> roots = new java.util.LinkedHashSet<>();
        for (int t : targets) {
            if (t != i) {
                roots.add(find(t));
            }
        }
        if (roots.size() == 1) {
            union(i, roots.iterator().next(), rule);
        }
    }

    /** True when two candidates were joined by name rules alone, coreference left out. */
    boolean joinedByName(int i, int j) {
        return byName.find(i) == byName.find(j);
    }

    /** True when the candidate is a name (not a nominal or pronoun). */
    boolean isName(int i) {
        return get(i).kind() == Candidate.Kind.NAME;
    }

    /** True when the candidate is a name NER tagged as a person. */
    boolean isPersonName(int i) {
        return isName(i) && "PERSON".equals(get(i).nerType());
    }

    /** The candidate's text as names compare it ({@link Names#normalize}). */
    String normalizedText(int i) {
        return Names.normalize(get(i).text());
    }

    /** The candidate's length in tokens. */
    int words(int i) {
        return get(i).end() - get(i).begin();
    }

    /** True when the candidate's set holds a name. */
    boolean hasName(int i) {
        return named.get(find(i));
    }

    /** The rule that joined a candidate to its set, or null. */
    NameRule rule(int i) {
        return joinedBy.get(i);
    }

    /** The first candidate with this head token, or -1. */
    int withHead(int sentence, int head) {
        return byHead.getOrDefault(key(sentence, head), -1);
    }

    /** The names spanning a token. */
    List<Integer> namesAt(int sentence, int token) {
        return namesCovering.getOrDefault(key(sentence, token), List.of());
    }

    /** Members of each set, keyed by root in ascending order, members ascending. */
    TreeMap<Integer, List<Integer>> members() {
        TreeMap<Integer, List<Integer>> out = new TreeMap<>();
        for (int i = 0; i < list.size(); i++) {
            out.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
        }
        return out;
    }
}
