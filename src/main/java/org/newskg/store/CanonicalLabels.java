package org.newskg.store;

import org.newskg.names.NameRules;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical name of an entity across the store (CONTRACT.md: an entity's {@code rdfs:label}
 * is the same in every document graph), chosen by a rule over what the documents say, so that it
 * does not depend on the order they were stored in: the longest full name (most words, then most
 * letters, normalised), then the one most documents use, then the lexically first.
 */
final class CanonicalLabels {

    private CanonicalLabels() {
    }

    static String choose(List<NameRecord> records) {
        Map<String, Integer> uses = new TreeMap<>();
        for (NameRecord r : records) {
            uses.merge(r.fullName(), 1, Integer::sum);
        }
        return uses.entrySet().stream().min(Comparator
                        .<Map.Entry<String, Integer>>comparingInt(e -> -NameRules.tokens(NameRules.normalize(e.getKey())).size())
                        .thenComparingInt(e -> -NameRules.normalize(e.getKey()).length())
                        .thenComparingInt(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElseThrow();
    }
}
