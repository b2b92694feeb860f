package org.newskg.extract.entities;

import org.newskg.names.Initials;
import org.newskg.extract.SentenceGraph;
import org.newskg.names.NameRule;
import org.newskg.names.NameRules;

import java.util.List;

/**
 * A name and its expansion or short form, told together in one document: in parentheses
 * ("World Health Organization (WHO)", also an acronym NER missed) or in apposition ("the IRGC,
 * the Islamic Revolutionary Guard Corps"). The shorter joins the longer.
 */
final class ExpansionMerges {

    private static final int MAX_PARENTHESISED = 8;

    private final Clusters c;
    private final List<SentenceGraph> graphs;
    private final NameRules rules;

    ExpansionMerges(Clusters clusters, List<SentenceGraph> graphs, NameRules rules) {
        this.c = clusters;
        this.graphs = graphs;
        this.rules = rules;
    }

    void merge() {
        for (int i = 0; i < c.size(); i++) {
            if (!c.isName(i)) {
                continue;
            }
            Candidate x = c.get(i);
            SentenceGraph g = graphs.get(x.sentence());
            if (x.end() < g.size() && isOpening(g.token(x.end()).word())) {
                int close = x.end() + 1;
                while (close < g.size() && close - x.end() <= MAX_PARENTHESISED && !isClosing(g.token(close).word())) {
                    close++;
                }
                if (close < g.size() && close - x.end() <= MAX_PARENTHESISED && isClosing(g.token(close).word())) {
                    parenthesised(i, x.sentence(), x.end() + 1, close);
                }
            }
            for (var d : g.outgoing(x.head())) {
                if (d.relation().equals("appos")) {
                    for (int j : c.namesAt(x.sentence(), d.dependent())) {
                        if (j != i && isShortFormPair(i, j)) {
                            shorterJoinsLonger(i, j);
                        }
                    }
                }
            }
        }
    }

    private static boolean isOpening(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isClosing(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    /** The words in parentheses after a name: its acronym or short form, or its expansion. */
    private void parenthesised(int i, int sentence, int begin, int end) {
        for (int j : c.namesAt(sentence, begin)) {
            Candidate y = c.get(j);
            if (y.begin() == begin && y.end() == end && j != i && isShortFormPair(i, j)) {
                shorterJoinsLonger(i, j);
                return;
            }
        }
        SentenceGraph g = graphs.get(sentence);
        Candidate x = c.get(i);
        if (end - begin == 1 && !"PERSON".equals(x.nerType()) && Initials.acronym(g.token(begin).word()) != null
                && c.namesAt(sentence, begin).isEmpty()) {
            int j = c.add(new Candidate(sentence, begin, end, begin, g.token(begin).word(), Candidate.Kind.NAME, x.nerType()));
            c.union(j, i, NameRule.EXPANSION);
        }
    }

    private void shorterJoinsLonger(int i, int j) {
        c.union(c.words(i) < c.words(j) ? i : j, c.words(i) < c.words(j) ? j : i, NameRule.EXPANSION);
    }

    /** Two names of which one is the other's acronym or short form. */
    private boolean isShortFormPair(int i, int j) {
        int shortOne = c.words(i) <= c.words(j) ? i : j;
        int longOne = shortOne == i ? j : i;
        String letters = Initials.acronym(c.get(shortOne).text());
        String s = c.normalizedText(shortOne);
        String l = c.normalizedText(longOne);
        return letters != null && !c.isPersonName(longOne) || rules.isSuffixShortOf(s, l) || rules.isLeadingWordsOf(s, l)
                || rules.isTrailingWordsOf(s, l) || rules.isKnownShortFormOf(s, l);
    }
}
