package org.newskg.extract.entities;

import org.newskg.names.NameRules;

import java.util.List;

/**
 * "the Russian government", "the U.S. government": a country's government named by the
 * country's demonym or one of its names stands for the country, as news writes it (the
 * government acts, the country is said to). A capitalised "the Hungarian Government" is the
 * name of an institution and stays an organisation of its own. The words that name a government and the demonyms
 * are data ({@code names.tsv} rows {@code government}, {@code demonyms.tsv}).
 */
final class Governments {

    private static final Demonyms DEMONYMS = Demonyms.bundled();
    private static final NameRules RULES = NameRules.bundled();

    private Governments() {
    }

    /** The place a government's name stands for ("Russian government" to "Russia"), or null. */
    static String placeOf(String surface) {
        String s = Names.stripPossessive(surface.trim()).replaceFirst("^(?i:the)\\s+", "");
        List<String> words = List.of(s.split("\\s+"));
        String last = words.get(words.size() - 1);
        if (words.size() < 2 || !Character.isLowerCase(last.charAt(0)) || !RULES.isGovernmentWord(NameRules.normalize(last))) {
            return null;
        }
        String rest = String.join(" ", words.subList(0, words.size() - 1));
        String place = DEMONYMS.placeOf(rest);
        return place != null ? place : DEMONYMS.placeNamed(rest);
    }

    /**
     * Gives every government's name the country's name as a name of its own set, over the same
     * words, so that the name rules join it to the country's other names in the document and
     * across the store.
     */
    static void name(Clusters c) {
        int n = c.size();
        for (int i = 0; i < n; i++) {
            Candidate x = c.get(i);
            if (!Clusters.isNamed(x) || x.kind() == Candidate.Kind.WORK || "PERSON".equals(x.nerType())) {
                continue;
            }
            String place = placeOf(x.text());
            if (place != null) {
                int j = c.add(new Candidate(x.sentence(), x.begin(), x.end(), x.head(), place, Candidate.Kind.NAME, "LOCATION"));
                c.union(i, j, org.newskg.names.NameRule.GOVERNMENT);
            }
        }
    }

    static boolean isGovernment(String surface) {
        return placeOf(surface) != null;
    }
}
