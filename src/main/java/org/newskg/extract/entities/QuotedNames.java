package org.newskg.extract.entities;

import org.newskg.extract.Cues;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Dependency;

/**
 * "a program dubbed "Blue Harbour 2030"", "an operation called "Northern Star"": the quoted,
 * capitalised words a naming participle (cue category {@code naming}) gives a noun name a work
 * even when NER finds no name in them.
 */
final class QuotedNames {

    private static final int MAX_WORDS = 6;

    private QuotedNames() {
    }

    /** The first and last token of the quoted name headed by {@code t}, or null. */
    static int[] span(SentenceGraph g, int t, Cues cues) {
        if (!namedByParticiple(g, t, cues)) {
            return null;
        }
        int begin = t;
        while (begin > 0 && !isQuote(g.token(begin - 1).word()) && t - begin < MAX_WORDS) {
            begin--;
        }
        int end = t;
        while (end + 1 < g.size() && !isQuote(g.token(end + 1).word()) && end - begin < MAX_WORDS) {
            end++;
        }
        if (begin == 0 || end + 1 >= g.size() || !isQuote(g.token(begin - 1).word()) || !isQuote(g.token(end + 1).word())) {
            return null;
        }
        for (int i = begin; i <= end; i++) {
            String w = g.token(i).word();
            if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))
                    || !"O".equals(g.token(i).ner()) && !"NUMBER".equals(g.token(i).ner()) && !"DATE".equals(g.token(i).ner())) {
                return null;
            }
        }
        return new int[] {begin, end};
    }

    private static boolean namedByParticiple(SentenceGraph g, int t, Cues cues) {
        for (Dependency d : g.incoming(t)) {
            if ((d.relation().equals("obj") || d.relation().equals("xcomp")) && d.governor() >= 0
                    && cues.is("naming", g.lemma(d.governor())) && g.token(d.governor()).pos().equals("VBN")
                    && g.incoming(d.governor()).stream().anyMatch(a -> a.relation().equals("acl"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("“") || w.equals("”");
    }
}
