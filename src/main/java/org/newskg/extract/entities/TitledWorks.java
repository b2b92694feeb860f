package org.newskg.extract.entities;

import org.newskg.extract.Cues;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Titles a noun of the kind of work introduces: "the 2009 novel Obsession", "the memoirs Early
 * Light and Dark Water, Still Water". The title is the run of capitalised words right after a
 * {@code titled} noun of cues.tsv (lowercase function words may sit inside it: "Once Upon a
 * Time"); after a plural noun the run holds several titles, split at "and" (and at the commas of
 * a list "A, B and C"; a comma after the last "and" belongs to the title). Whatever NER typed as
 * a person, an organisation or a place is no title ("the book Trump wrote" names no book), and
 * neither is a run NER or another rule already holds. Each title is a work candidate whose head
 * is the introducing noun when that noun governs the titles ("books, including the memoirs A and
 * B": what reaches "memoirs" reaches A and B), else the title's own head.
 */
final class TitledWorks {

    private static final Set<String> INNER = Set.of("a", "an", "the", "of", "upon", "in", "on", "to", "for", "with",
            "from", "at", "by", "and", "or", "my", "your", "our", "their", "his", "her", "its", "as");
    private static final Set<String> AGENT_NER = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE", "NATIONALITY");

    private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");

    private TitledWorks() {
    }

    static List<Candidate> find(List<Candidate> found, List<SentenceGraph> graphs, Cues cues) {
        Set<Long> covered = new HashSet<>();
        for (Candidate c : found) {
            for (int t = c.begin(); t < c.end(); t++) {
                covered.add(Clusters.key(c.sentence(), t));
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (SentenceGraph g : graphs) {
            for (int t = 0; t + 1 < g.size(); t++) {
                String w = g.token(t).word().toLowerCase(Locale.ROOT);
                // the tagger may take "novel" before a title for the adjective
                if ((g.token(t).pos().startsWith("NN") || g.token(t).pos().equals("JJ")) && Character.isLowerCase(g.token(t).word().charAt(0))
                        && (cues.is("titled", w) || cues.is("titled", g.lemma(t)))) {
                    titles(g, t, g.token(t).pos().endsWith("S"), covered, out);
                }
            }
        }
        return out;
    }

    private static void titles(SentenceGraph g, int noun, boolean plural, Set<Long> covered, List<Candidate> out) {
        int begin = noun + 1;
        int end = begin;
        while (end < g.size() && (isCapitalised(g.token(end)) || isInner(g, end) || isInnerComma(g, end))) {
            end++;
        }
        while (end > begin && !isCapitalised(g.token(end - 1))) {
            end--;
        }
        if (end <= begin) {
            return;
        }
        List<int[]> pieces = plural ? split(g, begin, end) : List.of(new int[]{begin, end});
        int s = g.sentence().index();
        for (int[] p : pieces) {
            if (!isTitle(g, s, p, covered)) {
                continue;
            }
            int own = head(g, p);
            int head = governs(g, noun, p, own) ? noun : own;
            out.add(new Candidate(s, p[0], p[1], head, g.text(p[0], p[1] - 1), Candidate.Kind.WORK, null));
        }
    }

    /** "A and B", "A, B and C": the titles of a plural noun; a comma after the last "and" stays in its title. */
    private static List<int[]> split(SentenceGraph g, int begin, int end) {
        List<Integer> cuts = new ArrayList<>();
        int lastAnd = -1;
        for (int k = begin; k < end; k++) {
            if (g.token(k).word().equals("and") && k + 1 < end && isCapitalised(g.token(k + 1))) {
                cuts.add(k);
                lastAnd = k;
            }
        }
        for (int k = begin; k < lastAnd; k++) {
            if (g.token(k).word().equals(",")) {
                cuts.add(k);
            }
        }
        cuts.sort(null);
        List<int[]> out = new ArrayList<>();
        int from = begin;
        for (int cut : cuts) {
            if (cut > from) {
                out.add(new int[]{from, cut});
            }
            from = cut + 1;
        }
        out.add(new int[]{from, end});
        out.removeIf(p -> p[1] <= p[0] || !isCapitalised(g.token(p[0])) || !isCapitalised(g.token(p[1] - 1)));
        return out;
    }

    private static boolean isTitle(SentenceGraph g, int s, int[] p, Set<Long> covered) {
        boolean allTime = true;
        for (int t = p[0]; t < p[1]; t++) {
            allTime &= TIME_NER.contains(g.token(t).ner());
        }
        if (allTime) {
            return false; // "saw the film Sunday": a day, not a title
        }
        for (int t = p[0]; t < p[1]; t++) {
            if (AGENT_NER.contains(g.token(t).ner()) || covered.contains(Clusters.key(s, t))) {
                return false;
            }
        }
        return true;
    }

    /** The noun governs the title: a word of it hangs from the noun, directly or as a conjunct of what does. */
    private static boolean governs(SentenceGraph g, int noun, int[] p, int own) {
        for (int t = p[0]; t < p[1]; t++) {
            for (var d : g.incoming(t)) {
                if (d.governor() == noun || d.relation().startsWith("conj") && d.governor() >= 0
                        && (d.governor() < p[0] || d.governor() >= p[1])
                        && g.incoming(d.governor()).stream().anyMatch(e -> e.governor() == noun)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The title's token that hangs from outside it as an argument ("including A and B, C" parsed
     * with C in apposition to A: B is the one "including" reaches), the leftmost such; else the
     * first that hangs from outside at all.
     */
    private static int head(SentenceGraph g, int[] p) {
        int any = -1;
        for (int t = p[0]; t < p[1]; t++) {
            for (var d : g.incoming(t)) {
                if (d.governor() >= p[0] && d.governor() < p[1]) {
                    continue;
                }
                if (!d.relation().equals("appos") && !d.relation().equals("dep") && !d.relation().equals("punct")) {
                    return t;
                }
                any = any < 0 ? t : any;
            }
        }
        return any >= 0 ? any : CandidateFinder.headOf(g, p[0], p[1]);
    }

    private static boolean isCapitalised(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0)) && Character.isLetter(t.word().charAt(0));
    }

    private static boolean isInner(SentenceGraph g, int k) {
        return INNER.contains(g.token(k).word()) && k + 1 < g.size();
    }

    /** "Black Knight, White Knight": a comma between two capitalised words. */
    private static boolean isInnerComma(SentenceGraph g, int k) {
        return g.token(k).word().equals(",") && k > 0 && k + 1 < g.size()
                && isCapitalised(g.token(k - 1)) && isCapitalised(g.token(k + 1));
    }
}
