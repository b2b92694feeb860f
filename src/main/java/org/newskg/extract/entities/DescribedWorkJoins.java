package org.newskg.extract.entities;

import org.newskg.extract.Cues;
import org.newskg.extract.SentenceGraph;
import org.newskg.names.NameRule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Later mentions the text ties to a described work ({@link DescribedWorks}), where coreference
 * left them apart:
 * <ul>
 * <li>"documents stolen from the party ... the group posted stolen documents": a work described
 * only by how it was taken joins the nearest earlier work of its document with the same noun and
 * the same participle;</li>
 * <li>"a message from Alice Grant ... Grant's letter": the one work the document says is from a
 * person or organisation, and the one work it calls that agent's, both nouns that carry someone's
 * words ({@code statement} in cues.tsv), are one work. Two works from the agent, or two of its
 * own, join nothing.</li>
 * </ul>
 */
final class DescribedWorkJoins {

    private final Clusters c;
    private final List<SentenceGraph> graphs;
    private final Cues cues;

    DescribedWorkJoins(Clusters clusters, List<SentenceGraph> graphs, Cues cues) {
        this.c = clusters;
        this.graphs = graphs;
        this.cues = cues;
    }

    void join() {
        Map<String, Integer> lastTaken = new HashMap<>();
        Map<Integer, List<Integer>> fromAgent = new HashMap<>();
        Map<Integer, List<Integer>> ofAgent = new HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            Candidate x = c.get(i);
            if (x.kind() != Candidate.Kind.WORK) {
                continue;
            }
            SentenceGraph g = graphs.get(x.sentence());
            if (DescribedWorks.DESCRIBED.equals(x.nerType())) {
                String taken = takenKey(g, x);
                if (taken != null) {
                    Integer earlier = lastTaken.get(taken);
                    if (earlier != null && x.head() > x.begin()) {
                        c.union(i, earlier, NameRule.COREFERENCE); // "stolen documents": no source of its own
                    }
                    lastTaken.put(taken, i);
                }
                int agent = fromAgent(g, x);
                if (agent >= 0 && isStatement(g, x)) {
                    fromAgent.computeIfAbsent(agent, k -> new ArrayList<>()).add(i);
                }
            } else if (isStatement(g, x)) {
                for (int p : g.childrenExact(x.head(), "nmod:poss")) {
                    List<Integer> names = c.namesAt(x.sentence(), p);
                    if (!names.isEmpty()) {
                        ofAgent.computeIfAbsent(c.find(names.get(0)), k -> new ArrayList<>()).add(i);
                    }
                }
            }
        }
        fromAgent.forEach((agent, works) -> {
            List<Integer> own = ofAgent.getOrDefault(agent, List.of());
            if (sets(works) == 1 && sets(own) == 1) {
                c.union(own.get(0), works.get(0), NameRule.COREFERENCE);
            }
        });
    }

    /** How many works (sets, not mentions: "the message from X" twice is one) the candidates are. */
    private long sets(List<Integer> candidates) {
        return candidates.stream().map(c::find).distinct().count();
    }

    /** "stolen documents" and "documents stolen from X" share "steal document". */
    private String takenKey(SentenceGraph g, Candidate x) {
        for (var d : g.outgoing(x.head())) {
            int p = d.dependent();
            if (p >= x.begin() && p < x.end() && g.token(p).pos().equals("VBN") && cues.is("taken", g.lemma(p))) {
                return g.lemma(p) + " " + g.lemma(x.head());
            }
        }
        return null;
    }

    /** The set of the name a described work's "from" phrase ends with, or -1. */
    private int fromAgent(SentenceGraph g, Candidate x) {
        int last = x.end() - 1;
        if (x.head() + 1 >= x.end() || !g.token(x.head() + 1).word().equals("from")) {
            return -1;
        }
        List<Integer> names = c.namesAt(x.sentence(), last);
        return names.isEmpty() ? -1 : c.find(names.get(0));
    }

    private boolean isStatement(SentenceGraph g, Candidate x) {
        return cues.is("statement", g.token(x.head()).word()) || cues.is("statement", g.lemma(x.head()));
    }
}
