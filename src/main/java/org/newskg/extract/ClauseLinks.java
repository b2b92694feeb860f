package org.newskg.extract;

import org.newskg.model.Dependency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How clauses hang together in a dependency parse, for the argument finder: which verb lends an
 * open clause its subject, which object coordinated verbs share, which noun a relative clause
 * modifies, whether a participle modifies a noun.
 */
public final class ClauseLinks {

    private ClauseLinks() {
    }

    /** The verb whose subject an open clause or participle shares ("tried to persuade", "went on, pointing"). */
    public static Integer controller(SentenceGraph g, int verb) {
        for (Dependency d : g.incoming(verb)) {
            String r = d.relation();
            boolean participle = r.equals("dep") && g.token(verb).pos().equals("VBG");
            if (d.governor() >= 0 && (r.equals("xcomp") || r.startsWith("advcl") || r.startsWith("conj") || participle)
                    && g.token(d.governor()).pos().startsWith("VB")) {
                return d.governor();
            }
        }
        return null;
    }

    /** "Emin called and asked me": coordinated verbs share the object the second one names. */
    public static List<Integer> sharedObject(SentenceGraph g, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.outgoing(verb)) {
            if (d.relation().startsWith("conj") && d.dependent() > verb) {
                out.addAll(g.childrenExact(d.dependent(), "obj"));
            }
        }
        return out;
    }

    /** "tweeted the link shared by X", parsed as a clause: the clause's subject is the object. */
    public static List<Integer> reducedRelativeSubjects(SentenceGraph g, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.outgoing(verb)) {
            int c = d.dependent();
            if ((d.relation().equals("ccomp") || d.relation().equals("dep")) && g.token(c).pos().equals("VBN")
                    && !g.childrenExact(c, "obl:by").isEmpty()) {
                out.addAll(g.childrenExact(c, "nsubj"));
            }
        }
        return out;
    }

    /** The noun a relative clause containing {@code t} modifies. */
    public static Integer antecedent(SentenceGraph g, int t) {
        int node = t;
        for (int steps = 0; steps < 6; steps++) {
            Dependency up = null;
            for (Dependency d : g.incoming(node)) {
                if (d.governor() >= 0 && !d.relation().equals("ref")) {
                    up = d;
                    break;
                }
            }
            if (up == null) {
                break;
            }
            if (up.relation().equals("acl:relcl")) {
                return up.governor();
            }
            node = up.governor();
        }
        for (Dependency d : g.incoming(t)) {
            if (d.relation().equals("ref")) {
                return d.governor();
            }
        }
        return null;
    }

    /**
     * "Governor X, who appointed Y ..., responded": where the parser lost the relative clause (no
     * subject on the verb), the name right before ", who" is the verb's subject; null otherwise.
     */
    public static Integer commaRelativeAntecedent(SentenceGraph g, int verb) {
        if (verb < 3 || g.hasChild(verb, "nsubj") || g.hasChild(verb, "nsubj:pass")
                || !g.token(verb - 1).word().equalsIgnoreCase("who") || !g.token(verb - 2).word().equals(",")
                || !g.token(verb - 3).pos().startsWith("NNP")) {
            return null;
        }
        return verb - 3;
    }

    /**
     * "After the attack, X, a spokesman for Y, blamed Z": a finite verb the parser hung on a noun
     * as its modifier (acl), with no subject, after a name it made that noun's apposition; the
     * name is the verb's subject. Null when the parse is not of that shape.
     */
    public static Integer appositionSubject(SentenceGraph g, int verb) {
        String pos = g.token(verb).pos();
        if (!Set.of("VBD", "VBZ", "VBP").contains(pos) || g.hasChild(verb, "nsubj") || g.hasChild(verb, "nsubj:pass")) {
            return null;
        }
        for (Dependency d : g.incoming(verb)) {
            if (d.relation().equals("acl") && d.governor() >= 0 && d.governor() < verb) {
                Integer name = null;
                for (int a : g.childrenExact(d.governor(), "appos")) {
                    if (a < verb && g.token(a).pos().startsWith("NNP")) {
                        name = a;
                    }
                }
                return name;
            }
        }
        return null;
    }

    /** "X said Y ... has been killed", parsed with Y as the object of "said": the reported passive's patient. */
    public static List<Integer> reportedPatient(SentenceGraph g, int verb, Cues cues) {
        for (Dependency d : g.incoming(verb)) {
            if (d.relation().equals("dep") && d.governor() >= 0 && d.governor() < verb && g.hasChild(verb, "aux:pass")
                    && cues.is("reporting", g.lemma(d.governor()))) {
                List<Integer> reported = g.childrenExact(d.governor(), "obj");
                if (!reported.isEmpty()) {
                    return reported;
                }
            }
        }
        return List.of();
    }

    public static boolean isParticipleModifier(SentenceGraph g, int verb) {
        return g.token(verb).pos().equals("VBN") && g.incoming(verb).stream().anyMatch(d -> d.relation().startsWith("acl")
                && !d.relation().equals("acl:relcl"));
    }
}
