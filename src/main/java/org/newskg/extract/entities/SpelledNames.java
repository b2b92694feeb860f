package org.newskg.extract.entities;

import org.newskg.names.NameRule;
import org.newskg.names.NameRules;
import org.newskg.names.Spellings;

import java.util.HashMap;
import java.util.Map;

/**
 * Names of one document that are one name spelled two ways, joined with rule {@code nkg:Variant}:
 * names NER gave the same type whose {@linkplain Spellings spelling keys} meet ("Sergei Lavrov" and
 * "Sergey Lavrov", "Sana'a" and "Sanaa", "Novak Đoković" and "Novak Djokovic", "Ulrich Schäfer"
 * and "Ulrich Schaefer", "Mohammed bin Salman" and "Mohammad bin Salman"). Names of different
 * types stay apart, and so do names whose vowels differ ("Mario Kessler", "Maria Kessler").
 */
final class SpelledNames {

    private static final String VOWELS = "aeiouy";

    private SpelledNames() {
    }

    static void join(Clusters c) {
        Spellings spellings = NameRules.bundled().spellings();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            Candidate x = c.get(i);
            if (x.kind() != Candidate.Kind.NAME || x.nerType() == null || "HANDLE".equals(x.nerType()) || x.text().startsWith("@")) {
                continue;
            }
            for (String key : spellings.keys(x.text(), "PERSON".equals(x.nerType()))) {
                Integer j = first.putIfAbsent(x.nerType() + "|" + key, i);
                if (j != null && !c.normalizedText(i).equals(c.normalizedText(j))) {
                    c.union(i, j, NameRule.VARIANT);
                }
            }
        }
    }

    /**
     * True when two names as written are one name spelled two ways: their spelling keys meet, or
     * they are a person's names with the same given names whose surnames have the same
     * {@linkplain #vowelSkeleton vowel skeleton} ({@link NameVariants}).
     */
    static boolean alike(String a, String b, boolean person) {
        Spellings spellings = NameRules.bundled().spellings();
        if (!java.util.Collections.disjoint(spellings.keys(a, person), spellings.keys(b, person))) {
            return true;
        }
        if (!person) {
            return false;
        }
        NameRules rules = NameRules.bundled();
        java.util.List<String> s = NameRules.tokens(rules.withoutHonorifics(NameRules.personName(a)));
        java.util.List<String> t = NameRules.tokens(rules.withoutHonorifics(NameRules.personName(b)));
        if (s.size() < 2 || s.size() != t.size()) {
            return false;
        }
        String skeleton = vowelSkeleton(spellings.wordKey(s.get(s.size() - 1)));
        return skeleton != null && skeleton.equals(vowelSkeleton(spellings.wordKey(t.get(t.size() - 1))))
                && spellings.givenNamesKey(s.subList(0, s.size() - 1)).equals(spellings.givenNamesKey(t.subList(0, t.size() - 1)));
    }

    /**
     * A surname with each run of vowels written "*" ("haftar" and "hifter" are both "h*ft*r"), or
     * null when it is too short to tell names apart that way: under four letters or under two
     * consonants.
     */
    static String vowelSkeleton(String word) {
        if (word.length() < 4) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        int consonants = 0;
        for (int k = 0; k < word.length(); k++) {
            char ch = word.charAt(k);
            if (VOWELS.indexOf(ch) >= 0) {
                if (b.length() == 0 || b.charAt(b.length() - 1) != '*') {
                    b.append('*');
                }
            } else {
                b.append(ch);
                consonants += Character.isLetter(ch) ? 1 : 0;
            }
        }
        return consonants < 2 ? null : b.toString();
    }
}
