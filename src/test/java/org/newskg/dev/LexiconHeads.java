package org.newskg.dev;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The verb and noun triggers of NewsKG's lexicons ({@code newskg/lexicon.tsv},
 * {@code newskg/lexicon-tier2.tsv}) by their head word, with the relations each may express:
 * "turn over" is found under "turn" and holds only when "over" is in the phrase too. Only the
 * trigger words are used here, not the rows' argument frames: this is OpenIE's relation phrase
 * mapped through the lexicon, not NewsKG's extraction.
 */
final class LexiconHeads {

    private record Row(List<String> rest, String relation) {
    }

    private final Map<String, List<Row>> byHead = new HashMap<>();

    static LexiconHeads load() throws IOException {
        LexiconHeads l = new LexiconHeads();
        for (String file : List.of("newskg/lexicon.tsv", "newskg/lexicon-tier2.tsv")) {
            try (InputStream in = LexiconHeads.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IOException("no resource " + file + " on the class path");
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().forEach(l::row);
            }
        }
        return l;
    }

    private void row(String line) {
        String[] f = line.split("\t");
        if (line.startsWith("#") || f.length < 3 || !(f[0].equals("verb") || f[0].equals("noun"))) {
            return;
        }
        List<String> words = Arrays.asList(f[1].toLowerCase(Locale.ROOT).trim().split("\\s+"));
        byHead.computeIfAbsent(words.get(0), k -> new java.util.ArrayList<>()).add(new Row(words.subList(1, words.size()), f[2]));
    }

    /** The relations a phrase with this head lemma and these lemmas may express; empty if none. */
    Set<String> relations(String headLemma, String phraseLemmas) {
        Set<String> phrase = new java.util.HashSet<>(Arrays.asList(phraseLemmas.toLowerCase(Locale.ROOT).split("\\s+")));
        Set<String> out = new TreeSet<>();
        for (Row r : byHead.getOrDefault(headLemma, List.of())) {
            if (phrase.containsAll(r.rest())) {
                out.add(r.relation());
            }
        }
        return out;
    }
}
