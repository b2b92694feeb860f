package org.newskg.extract.relations;

import org.newskg.extract.speech.VoiceDetector;
import org.newskg.extract.Cues;
import org.newskg.extract.SentenceGraph;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The polarity of an evaluative phrase ("an absolute disgrace", "a good guy", "null and void"),
 * read from the cue words of {@code cues.tsv}: {@code praise-word} gives praised, {@code blame-word}
 * criticized, {@code void-word} opposed. A phrase holding words of two kinds, or negated ("not a
 * good deal"), has no polarity.
 */
final class Evaluations {

    private final Cues cues;

    Evaluations(Cues cues) {
        this.cues = cues;
    }

    /**
     * The relation the phrase headed by {@code head} expresses, or null. Its words are the head's,
     * those of the modifiers and conjuncts hung on it, and {@code extra} (the words of the quotation
     * the phrase stands in, when it is one).
     */
    String property(SentenceGraph g, int head, String extra) {
        if (VoiceDetector.negatedHere(cues, g, head)) {
            return null;
        }
        Set<String> words = new LinkedHashSet<>();
        collect(g, head, words, 0);
        if (extra != null) {
            // "an \"[e]xcellent guy\"": a bracketed editorial letter is part of the word
            extra = extra.replaceAll("[\\[\\]]", "");
            for (String w : extra.toLowerCase().split("[^\\p{L}-]+")) {
                words.add(w);
            }
        }
        String text = " " + String.join(" ", words) + " ";
        String found = null;
        for (String[] kind : KINDS) {
            if (words.stream().anyMatch(w -> cues.is(kind[0], w)) || phrase(kind[0], text, extra)) {
                if (found != null && !found.equals(kind[1])) {
                    return null;
                }
                found = kind[1];
            }
        }
        return found;
    }

    private static final String[][] KINDS = {
            {"praise-word", "praised"}, {"blame-word", "criticized"}, {"void-word", "opposed"}};

    /** A cue of several words ("smash and grab") found in the quotation's own text. */
    private boolean phrase(String category, String text, String extra) {
        if (extra == null) {
            return false;
        }
        String q = " " + extra.toLowerCase().replaceAll("[^\\p{L}-]+", " ") + " ";
        return cues.words(category).stream().filter(w -> w.contains(" ")).anyMatch(w -> q.contains(" " + w + " "));
    }

    private void collect(SentenceGraph g, int t, Set<String> words, int depth) {
        words.add(g.token(t).word().toLowerCase());
        words.add(g.lemma(t).toLowerCase());
        if (depth > 1) {
            return;
        }
        for (var d : g.outgoing(t)) {
            String r = d.relation();
            if (r.equals("amod") || r.equals("compound") || r.startsWith("conj") || r.equals("advmod") && depth == 0) {
                if (!VoiceDetector.negatedHere(cues, g, d.dependent())) {
                    collect(g, d.dependent(), words, depth + 1);
                }
            }
        }
    }

}
