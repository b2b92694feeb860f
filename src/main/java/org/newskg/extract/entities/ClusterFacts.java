package org.newskg.extract.entities;

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
        String type = votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
        return "ORGANIZATION".equals(type) && isFamilyName(c, members) ? "PERSON" : type;
    }

    private static final java.util.Set<String> GENDERED = java.util.Set.of("he", "him", "his", "himself",
            "she", "her", "hers", "herself");

    /**
     * "Vanderbilt was born in 1924 ... she": a set named only by one word that NER took for an
     * organisation, which coreference calls "she" or "he", and which is the surname of a person the
     * document names, is a person; so is a set of that word and the full names of the person it
     * joined, all ending in it.
     */
    private static boolean isFamilyName(Clusters c, List<Integer> members) {
        String word = null;
        boolean gendered = false;
        List<List<String>> fullNames = new java.util.ArrayList<>();
        boolean personNamed = false;
        for (int j : members) {
            Candidate m = c.get(j);
            if (Clusters.isNamed(m)) {
                String n = Names.normalize(Names.stripPossessive(m.text()));
                if (m.kind() == Candidate.Kind.NAME && Names.tokens(n).size() > 1) {
                    fullNames.add(Names.tokens(n)); // the set's person's full name ("Gloria Lind" with "Lind")
                    personNamed |= "PERSON".equals(m.nerType());
                    continue;
                }
                if (m.kind() != Candidate.Kind.NAME || Names.tokens(n).size() != 1 || word != null && !word.equals(n)) {
                    return false;
                }
                word = n;
            } else if (m.kind() == Candidate.Kind.PRONOUN && GENDERED.contains(m.text().toLowerCase(java.util.Locale.ROOT))) {
                gendered = true;
            }
        }
        String surname = word;
        if (word == null || !gendered && !personNamed
                || !fullNames.stream().allMatch(t -> t.get(t.size() - 1).equals(surname))) {
            return false;
        }
        if (personNamed) {
            return true;
        }
        for (int i = 0; i < c.size(); i++) {
            Candidate p = c.get(i);
            List<String> t = Names.tokens(Names.normalize(p.text()));
            if (p.kind() == Candidate.Kind.NAME && "PERSON".equals(p.nerType()) && t.size() > 1 && t.get(t.size() - 1).equals(word)) {
                return true;
            }
        }
        return false;
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
