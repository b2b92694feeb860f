package org.newskg.store;

import org.newskg.names.Initials;
import org.newskg.model.EntityType;
import org.newskg.names.NameRules;
import org.newskg.store.NameClusters.Group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Groups by the keys a short name can reach them under: every name, word, core and initials. */
final class NameIndex {
    private final Map<String, List<Group>> byKey = new HashMap<>();
    private final NameRules rules;

    NameIndex(java.util.Collection<Group> groups, NameRules rules, Function<String, List<String>> placeQualified) {
        this.rules = rules;
        for (Group h : groups) {
            if (h.type == EntityType.WORK) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            h.explained.keySet().forEach(n -> keys.add("n:" + n));
            rules.indexWords(h.full).forEach(w -> keys.add("w:" + w));
            // "Jeff" finds "Jeff Sessions", whose key has the given name written out
            rules.indexWords(NameRules.normalize(h.surface)).forEach(w -> keys.add("w:" + w));
            keys.add("c:" + rules.withoutSuffix(h.full));
            if (h.type == EntityType.ORGANIZATION) {
                placeQualified.apply(h.full).forEach(rest -> keys.add("q:" + rest));
            }
            StringBuilder all = new StringBuilder();
            StringBuilder major = new StringBuilder();
            for (String w : NameRules.tokens(rules.withoutSuffix(h.full))) {
                all.append(w.charAt(0));
            }
            for (String w : rules.majorWords(rules.withoutSuffix(h.full))) {
                major.append(w.charAt(0));
            }
            String compound = rules.initials().compound(h.surface);
            if (compound != null) {
                keys.add("i:" + compound);
            }
            keys.add("i:" + all);
            keys.add("i:" + major);
            keys.forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(h));
        }
    }

    /** The groups a short group may stand for, each once, in key order. */
    List<Group> candidates(Group g) {
        Set<Group> out = new java.util.TreeSet<>(Comparator.comparing((Group x) -> x.key));
        out.addAll(byKey.getOrDefault("n:" + g.full, List.of()));
        List<String> words = rules.indexWords(rules.withoutHonorifics(g.full));
        if (!words.isEmpty()) {
            out.addAll(byKey.getOrDefault("w:" + words.get(words.size() - 1), List.of()));
        }
        out.addAll(byKey.getOrDefault("c:" + rules.withoutSuffix(g.full), List.of()));
        out.addAll(byKey.getOrDefault("q:" + g.full, List.of()));
        String letters = Initials.acronym(g.surface);
        if (letters != null) {
            out.addAll(byKey.getOrDefault("i:" + letters, List.of()));
        }
        for (String full : rules.knownFullNames(g.full)) {
            out.addAll(byKey.getOrDefault("c:" + rules.withoutSuffix(full), List.of()));
        }
        out.remove(g);
        return new ArrayList<>(out);
    }
}
