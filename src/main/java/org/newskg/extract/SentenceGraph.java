package org.newskg.extract;

import org.newskg.model.Dependency;
import org.newskg.model.Document;
import org.newskg.model.Sentence;
import org.newskg.model.Token;

import java.util.ArrayList;
import java.util.List;

/** Navigation over one sentence's dependency edges. */
public final class SentenceGraph {

    private final Sentence sentence;
    private final Document document;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;

    SentenceGraph(Sentence sentence, Document document) {
        this.sentence = sentence;
        this.document = document;
        int n = sentence.tokens().size();
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() >= 0) {
                out.get(d.governor()).add(d);
            }
            in.get(d.dependent()).add(d);
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    public int size() {
        return sentence.tokens().size();
    }

    public String lemma(int i) {
        String l = token(i).lemma();
        return l == null ? token(i).word().toLowerCase() : l.toLowerCase();
    }

    /** Dependents of {@code head} whose relation is {@code rel} or starts with {@code rel + ":"}. */
    public List<Integer> children(int head, String rel) {
        List<Integer> r = new ArrayList<>();
        for (Dependency d : out.get(head)) {
            if (matches(d.relation(), rel)) {
                r.add(d.dependent());
            }
        }
        return r;
    }

    /** Dependents whose relation is exactly {@code rel}. */
    public List<Integer> childrenExact(int head, String rel) {
        List<Integer> r = new ArrayList<>();
        for (Dependency d : out.get(head)) {
            if (d.relation().equals(rel)) {
                r.add(d.dependent());
            }
        }
        return r;
    }

    public List<Dependency> outgoing(int head) {
        return out.get(head);
    }

    public List<Dependency> incoming(int dep) {
        return in.get(dep);
    }

    public boolean hasChild(int head, String rel) {
        return !children(head, rel).isEmpty();
    }

    public static boolean matches(String relation, String rel) {
        return relation.equals(rel) || relation.startsWith(rel + ":");
    }

    /** The token range [first, last] of the subtree under {@code head}, following basic-tree-like edges. */
    public int[] span(int head) {
        int[] range = {head, head};
        grow(head, range, new boolean[size()]);
        return range;
    }

    private void grow(int node, int[] range, boolean[] seen) {
        if (seen[node]) {
            return;
        }
        seen[node] = true;
        range[0] = Math.min(range[0], node);
        range[1] = Math.max(range[1], node);
        for (Dependency d : out.get(node)) {
            if (isTreeEdge(d) && d.dependent() != node) {
                grow(d.dependent(), range, seen);
            }
        }
    }

    private static boolean isTreeEdge(Dependency d) {
        String r = d.relation();
        return !r.equals("ref") && !r.startsWith("nsubj:xsubj") && !r.equals("punct");
    }

    /** Original text of tokens [from, to], inclusive, as it stands in the document. */
    public String text(int from, int to) {
        return document.slice(token(from).begin(), token(to).end());
    }

    /** The incoming edges' relations of a token, e.g. to see whether it is a relative clause head. */
    String incomingRelation(int dep) {
        return in.get(dep).isEmpty() ? "" : in.get(dep).get(0).relation();
    }
}
