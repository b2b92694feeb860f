package org.newskg.extract.entities;

import org.newskg.extract.SentenceGraph;
import org.newskg.names.NameRule;
import org.newskg.names.NameRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of one document that are one name in another form, joined before the name rules run
 * ({@link NameMerges}): an organisation's name with its last word singular or plural ("Defence
 * Force", "Defence Forces"); one name in two spellings ({@link SpelledNames}: "Sergei Lavrov",
 * "Sergey Lavrov"); a person's name whose surname has one vowel changed, or its vowels written
 * otherwise around the same consonants, the given names the same in their spelling key ("Amina
 * bin Rashad", "Amina bin Rashid"; "Khalifa Haftar", "Khalifa Hifter"); and a single word NER took for a
 * person that is the first word of the one organisation named before it, which no person's name
 * in the document holds ("Kestrel Air ... Kestrel said"): it is the organisation's short name.
 */
final class NameVariants {

    private static final String VOWELS = "aeiouy";

    private final Clusters c;
    private final List<SentenceGraph> graphs;
    private final NameRules rules = NameRules.bundled();

    NameVariants(Clusters clusters, List<SentenceGraph> graphs) {
        this.c = clusters;
        this.graphs = graphs;
    }

    void merge() {
        organisationsTakenForPeople();
        plurals();
        SpelledNames.join(c);
        spellings();
    }

    private boolean isName(int i, String type) {
        return c.get(i).kind() == Candidate.Kind.NAME && type.equals(c.get(i).nerType());
    }

    private String norm(int i) {
        return NameRules.normalize(c.get(i).text());
    }

    // ---- "Defence Force" and "Defence Forces" ----

    private void plurals() {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            List<String> t = NameRules.tokens(norm(i));
            if (!isName(i, "ORGANIZATION") || t.size() < 2) {
                continue;
            }
            Integer j = first.putIfAbsent(singular(t), i);
            if (j != null && !norm(j).equals(norm(i))) {
                c.union(i, j, NameRule.VARIANT);
            }
        }
    }

    /** The name with its last word in the singular ("defence forces" to "defence force"). */
    static String singular(List<String> tokens) {
        List<String> t = new ArrayList<>(tokens);
        String last = t.get(t.size() - 1);
        if (last.length() > 4 && last.endsWith("ies")) {
            last = last.substring(0, last.length() - 3) + "y";
        } else if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us")
                && !last.endsWith("is")) {
            last = last.substring(0, last.length() - 1);
        }
        t.set(t.size() - 1, last);
        return String.join(" ", t);
    }

    // ---- "Amina bin Rashad" and "Amina bin Rashid"; "Khalifa Haftar" and "Khalifa Hifter" ----

    private void spellings() {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            if (!isName(i, "PERSON")) {
                continue;
            }
            List<String> t = NameRules.tokens(rules.withoutHonorifics(NameRules.personName(c.get(i).text())));
            if (t.size() < 2 || rules.hasGeneration(String.join(" ", t))) {
                continue;
            }
            String last = t.get(t.size() - 1);
            String given = rules.spellings().givenNamesKey(t.subList(0, t.size() - 1));
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < last.length(); k++) {
                if (VOWELS.indexOf(last.charAt(k)) >= 0) {
                    keys.add(given + "|" + last.substring(0, k) + "*" + last.substring(k + 1));
                }
            }
            String skeleton = SpelledNames.vowelSkeleton(rules.spellings().wordKey(last));
            if (skeleton != null) {
                keys.add(given + "|~" + skeleton);
            }
            for (String key : keys) {
                Integer j = first.putIfAbsent(key, i);
                if (j != null && !sameWords(i, j)) {
                    c.union(i, j, NameRule.VARIANT);
                }
            }
        }
    }

    private boolean sameWords(int i, int j) {
        return rules.withoutHonorifics(NameRules.personName(c.get(i).text()))
                .equals(rules.withoutHonorifics(NameRules.personName(c.get(j).text())));
    }

    // ---- "Kestrel Air" ... "Kestrel said" ----

    private void organisationsTakenForPeople() {
        Set<String> personWords = new HashSet<>();
        Map<String, List<Integer>> singles = new LinkedHashMap<>();
        Map<String, Set<String>> orgsByFirstWord = new HashMap<>();
        Map<String, Long> firstOrgMention = new HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            Candidate x = c.get(i);
            if (isName(i, "PERSON")) {
                List<String> t = NameRules.tokens(NameRules.personName(x.text()));
                if (t.size() > 1) {
                    personWords.addAll(t);
                } else if (t.size() == 1) {
                    singles.computeIfAbsent(t.get(0), k -> new ArrayList<>()).add(i);
                }
            } else if (isName(i, "ORGANIZATION") && NameRules.tokens(norm(i)).size() > 1) {
                String w = NameRules.tokens(norm(i)).get(0);
                orgsByFirstWord.computeIfAbsent(w, k -> new HashSet<>()).add(norm(i));
                firstOrgMention.merge(w, x.position(), Math::min);
            }
        }
        singles.forEach((word, people) -> {
            Set<String> starting = orgsByFirstWord.getOrDefault(word, Set.of());
            boolean bySuffix = starting.stream().anyMatch(o -> rules.isSuffixShortOf(word, o));
            List<String> orgs = starting.stream().filter(o -> bySuffix ? rules.isSuffixShortOf(word, o) : rules.isLeadingWordsOf(word, o)).toList();
            // several names the word is the suffix-less form of stay for NameMerges to join or refuse
            if (personWords.contains(word) || orgs.isEmpty() || !bySuffix && orgs.size() != 1
                    || people.stream().anyMatch(i -> c.get(i).position() < firstOrgMention.get(word) || titled(c.get(i)))) {
                return;
            }
            for (int i : people) {
                Candidate x = c.get(i);
                c.replace(i, new Candidate(x.sentence(), x.begin(), x.end(), x.head(), x.text(), x.kind(), "ORGANIZATION"));
            }
        });
    }

    /** A name after a title or an honorific ("Senator Kestrel", "Mr. Kestrel") is a person's. */
    private boolean titled(Candidate x) {
        SentenceGraph g = graphs.get(x.sentence());
        if (x.begin() == 0) {
            return false;
        }
        var before = g.token(x.begin() - 1);
        return "TITLE".equals(before.ner()) || rules.isHonorific(NameRules.normalize(before.word()));
    }
}
