package org.newskg.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The type and the canonical name of a set of candidates, from its members. */
final class ClusterFacts {

    private ClusterFacts() {
    }

    /** The type most of the set's names give it; groups weigh more than NER names. */
    static String type(Clusters c, List<Integer> members) {
        Map<String, Integer> votes = new HashMap<>();
        boolean named = members.stream().anyMatch(j -> Clusters.isNamed(c.get(j)) && !Governments.isGovernment(c.get(j).text()));
        for (int j : members) {
            Candidate m = c.get(j);
            if (named && Governments.isGovernment(m.text())) {
                continue; // "the Russian government" is of the country its set names
            }
            String t = switch (m.kind()) {
                case NAME -> m.nerType();
                case GROUP -> "ORGANIZATION";
                case WORK -> "WORK";
                default -> null;
            };
            if (t != null && !t.equals("HANDLE")) {
                votes.merge(t, m.kind() == Candidate.Kind.NAME ? 2 : 3, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    /** The fullest name of the set (a government's name only if nothing else names it): most words, then most letters, then most often written. */
    static String canonical(Clusters c, List<Integer> members) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        boolean named = members.stream().anyMatch(j -> Clusters.isNamed(c.get(j)) && !Governments.isGovernment(c.get(j).text()));
        for (int j : members) {
            Candidate m = c.get(j);
            if (Clusters.isNamed(m) && !m.text().startsWith("@") && !(named && Governments.isGovernment(m.text()))) {
                counts.merge(Names.stripPossessive(m.text()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Comparator
                        .<Map.Entry<String, Integer>>comparingInt(e -> Names.tokens(Names.normalize(e.getKey())).size())
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(null);
    }
}
