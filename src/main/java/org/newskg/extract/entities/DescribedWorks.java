package org.newskg.extract.entities;

import org.newskg.extract.Cues;
import org.newskg.extract.SentenceGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Works the text names by what they are and whose they are, not by a proper name. A work noun
 * (cues.tsv {@code work}) makes a work of its own document when its description ties it to a
 * source or an agent:
 * <ul>
 * <li>its origin: "a memo from Alice Grant", "the message from the ministry" (a named person or
 * organisation in its "from" phrase): labelled "memo from Alice Grant";</li>
 * <li>how it was taken: "stolen files", "hacked emails", "documents stolen from the party" (a
 * participle of a {@code taken} verb before it, or after it with the "from" phrase of the
 * source): labelled by those words;</li>
 * <li>who issued it: "the agency released a statement" (one work, "a"/"an", the object of an
 * {@code issuing} verb whose subject is a name; a {@code statement} noun counts too): labelled
 * by the noun.</li>
 * </ul>
 * Plain "documents", "materials" or "his data" make none. The label is what the text calls the
 * work; the work belongs to its document (the same words in another article are another work),
 * and later mentions the text ties to it ("the memo", "it") join it through coreference. The
 * bare nominal the candidate finder made for the same noun gives way to the described work.
 */
final class DescribedWorks {

    /** The candidates' type for a described work: {@link EntityBuilder} keeps such works in their document. */
    static final String DESCRIBED = "DESCRIBED";

    private static final Set<String> AGENTS = Set.of("PERSON", "ORGANIZATION");

    private DescribedWorks() {
    }

    static List<Candidate> apply(List<Candidate> found, List<SentenceGraph> graphs, Cues cues) {
        Set<Long> named = new HashSet<>();
        Set<Long> agentName = new HashSet<>();
        for (Candidate c : found) {
            if (c.kind() == Candidate.Kind.NAME || c.kind() == Candidate.Kind.WORK || c.kind() == Candidate.Kind.GROUP) {
                for (int t = c.begin(); t < c.end(); t++) {
                    named.add(Clusters.key(c.sentence(), t));
                    if (c.kind() == Candidate.Kind.NAME && AGENTS.contains(c.nerType())
                            || c.kind() == Candidate.Kind.GROUP) {
                        agentName.add(Clusters.key(c.sentence(), t));
                    }
                }
            }
        }
        List<Candidate> works = new ArrayList<>();
        for (SentenceGraph g : graphs) {
            int s = g.sentence().index();
            for (int t = 0; t < g.size(); t++) {
                String w = g.token(t).word().toLowerCase(Locale.ROOT);
                boolean work = cues.is("work", w) || cues.is("work", g.lemma(t));
                boolean statement = cues.is("statement", w);
                if (!g.token(t).pos().startsWith("NN") || g.token(t).pos().startsWith("NNP") || !work && !statement
                        || named.contains(Clusters.key(s, t))) {
                    continue;
                }
                int[] span = work ? origin(g, s, t, agentName) : null;
                span = span == null && work ? taken(g, s, t, cues, agentName) : span;
                span = span == null ? issued(g, s, t, cues, agentName) : span;
                if (span != null) {
                    works.add(new Candidate(s, span[0], span[1], t, g.text(span[0], span[1] - 1), Candidate.Kind.WORK, DESCRIBED));
                }
            }
        }
        works = tiedToSource(works, graphs);
        if (works.isEmpty()) {
            return found;
        }
        Set<Long> heads = new HashSet<>();
        works.forEach(x -> heads.add(Clusters.key(x.sentence(), x.head())));
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            if (!(c.kind() == Candidate.Kind.NOMINAL && heads.contains(Clusters.key(c.sentence(), c.head())))) {
                out.add(c);
            }
        }
        out.addAll(works);
        return out;
    }

    /**
     * "stolen documents" names no source: it is a work only as the one described earlier in the
     * document with the same participle and noun and a source ("documents stolen from X"), which
     * {@link DescribedWorkJoins} then joins it to; alone ("the promotion of hacked emails") it is none.
     */
    private static List<Candidate> tiedToSource(List<Candidate> works, List<SentenceGraph> graphs) {
        Set<String> sourced = new HashSet<>();
        List<Candidate> out = new ArrayList<>();
        works.sort(java.util.Comparator.comparingLong(Candidate::position));
        for (Candidate x : works) {
            SentenceGraph g = graphs.get(x.sentence());
            int p = x.head() > x.begin() ? x.begin() : x.head() + 1;
            String key = g.lemma(p) + " " + g.lemma(x.head());
            boolean taken = p < x.end() && g.token(p).pos().equals("VBN") && g.incoming(p).stream().anyMatch(d -> d.governor() == x.head());
            if (taken && x.head() > x.begin()) {
                if (sourced.contains(key)) {
                    out.add(x);
                }
                continue;
            }
            if (taken) {
                sourced.add(key);
            }
            out.add(x);
        }
        return out;
    }

    /** "a letter from X": the noun through the name its "from" phrase holds (right after it, if the verb holds it). */
    private static int[] origin(SentenceGraph g, int s, int t, Set<Long> agentName) {
        List<Integer> from = new ArrayList<>(g.childrenExact(t, "nmod:from"));
        // "delivered a memo from X": the parser may hang the "from" right after the noun on the verb
        for (var d : g.incoming(t)) {
            if (d.relation().equals("obj") && d.governor() >= 0 && t + 1 < g.size() && g.token(t + 1).word().equals("from")) {
                g.childrenExact(d.governor(), "obl:from").stream().filter(m -> g.span(m)[0] == t + 1).forEach(from::add);
            }
        }
        for (int m : from) {
            // the name ends at its head: "a message from the former president, who ..." is "message from the former president"
            int[] span = g.span(m);
            if (m > t && agentName.contains(Clusters.key(s, m)) && span[0] > t && noComma(g, t, m)) {
                return new int[]{t, m + 1};
            }
        }
        return null;
    }

    /** "stolen files", "documents stolen from X". */
    private static int[] taken(SentenceGraph g, int s, int t, Cues cues, Set<Long> agentName) {
        for (var d : g.outgoing(t)) {
            int p = d.dependent();
            if (!g.token(p).pos().equals("VBN") || !cues.is("taken", g.lemma(p))
                    || !d.relation().equals("amod") && !d.relation().startsWith("acl")) {
                continue;
            }
            if (p == t - 1) {
                return new int[]{p, t + 1};
            }
            if (p == t + 1) {
                for (int from : g.childrenExact(p, "obl:from")) {
                    if (agentName.contains(Clusters.key(s, from))) {
                        int[] span = g.span(p);
                        return new int[]{t, span[1] + 1};
                    }
                }
            }
        }
        return null;
    }

    /** "X released a statement": one work the named subject of an issuing verb put out. */
    private static int[] issued(SentenceGraph g, int s, int t, Cues cues, Set<Long> agentName) {
        if (g.token(t).pos().equals("NNS") || g.childrenExact(t, "det").stream()
                .noneMatch(d -> g.token(d).word().equalsIgnoreCase("a") || g.token(d).word().equalsIgnoreCase("an"))) {
            return null;
        }
        for (var d : g.incoming(t)) {
            if (d.relation().equals("obj") && d.governor() >= 0 && cues.is("issuing", g.lemma(d.governor()))
                    && g.childrenExact(d.governor(), "nsubj").stream().anyMatch(n -> agentName.contains(Clusters.key(s, n)))) {
                return new int[]{leftCompound(g, t), t + 1};
            }
        }
        return null;
    }

    /** "a press release": the common nouns compounded right before the noun belong to what it is called. */
    private static int leftCompound(SentenceGraph g, int t) {
        int left = t;
        while (left > 0 && g.token(left - 1).pos().matches("NNS?") && g.childrenExact(t, "compound").contains(left - 1)) {
            left--;
        }
        return left;
    }

    private static boolean noComma(SentenceGraph g, int from, int to) {
        for (int k = from; k < to; k++) {
            if (g.token(k).word().equals(",") || g.token(k).word().equals("--")) {
                return false;
            }
        }
        return true;
    }
}
