package org.newskg.extract.entities;

import org.newskg.extract.SentenceGraph;
import org.newskg.names.NameRule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "@acme_news, the Acme News account": a handle joins the one name the text ties it to by
 * apposition, at the apposed word or in its compounds and possessors; none when two fit.
 */
final class HandleMerges {

    private final Clusters c;
    private final List<SentenceGraph> graphs;

    HandleMerges(Clusters clusters, List<SentenceGraph> graphs) {
        this.c = clusters;
        this.graphs = graphs;
    }

    void merge() {
        for (int i = 0; i < c.size(); i++) {
            Candidate h = c.get(i);
            if (h.kind() != Candidate.Kind.NAME || !"HANDLE".equals(h.nerType())) {
                continue;
            }
            SentenceGraph g = graphs.get(h.sentence());
            Set<Integer> owners = new LinkedHashSet<>();
            for (var d : g.outgoing(h.head())) {
                if (d.relation().equals("appos")) {
                    ownersNear(h.sentence(), d.dependent(), owners);
                }
            }
            for (var d : g.incoming(h.head())) {
                if (d.relation().equals("appos")) {
                    ownersNear(h.sentence(), d.governor(), owners);
                }
            }
            owners.remove(i);
            c.joinUnique(i, new ArrayList<>(owners), NameRule.HANDLE);
        }
    }

    /** Names at a token or in its compounds and possessors ("the Acme News account"). */
    private void ownersNear(int sentence, int token, Set<Integer> into) {
        SentenceGraph g = graphs.get(sentence);
        List<Integer> tokens = new ArrayList<>();
        tokens.add(token);
        for (var d : g.outgoing(token)) {
            if (d.relation().equals("compound") || d.relation().equals("nmod:poss")) {
                tokens.add(d.dependent());
            }
        }
        for (int t : tokens) {
            for (int j : c.namesAt(sentence, t)) {
                if (!"HANDLE".equals(c.get(j).nerType())) {
                    into.add(j);
                }
            }
        }
    }
}
