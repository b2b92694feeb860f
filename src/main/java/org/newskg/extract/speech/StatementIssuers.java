package org.newskg.extract.speech;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Dependency;

/**
 * Words a text carries speak for whoever issued it: "They released a statement which said,
 * '...'", "the White House released a statement ... In full, the statement read: '...'", "an
 * advertisement and a caption that read, '...'". A reporting verb (or "read") whose subject is a
 * statement noun (cue category {@code statement}) speaks for the subject of the clause that
 * issued that noun, in its sentence or up to two sentences before.
 */
final class StatementIssuers {

    private static final int LOOK_BACK = 2;

    private final DocContext ctx;
    private final ReportingVerbs verbs;

    StatementIssuers(DocContext ctx, ReportingVerbs verbs) {
        this.ctx = ctx;
        this.verbs = verbs;
    }

    /** "the statement read", "a caption that read": a verb of saying whose subject is a statement noun. */
    boolean carriesWords(SentenceGraph g, int verb) {
        return g.token(verb).pos().startsWith("VB") && (verbs.isReportingVerb(g, verb) || g.lemma(verb).equals("read"))
                && statementSubject(g, verb) >= 0;
    }

    /** Who issued the statement that is the subject of this verb, or null. */
    String issuer(SentenceGraph g, int s, int verb) {
        int noun = statementSubject(g, verb);
        if (noun < 0) {
            return null;
        }
        String here = issuerOf(g, s, noun);
        if (here != null) {
            return here;
        }
        String lemma = g.lemma(noun);
        for (int si = s - 1; si >= Math.max(0, s - LOOK_BACK); si--) {
            SentenceGraph p = ctx.graphs().get(si);
            for (int t = p.size() - 1; t >= 0; t--) {
                if (p.lemma(t).equals(lemma) && p.token(t).pos().startsWith("NN")) {
                    String who = issuerOf(p, si, t);
                    if (who != null) {
                        return who;
                    }
                }
            }
        }
        return null;
    }

    /** The statement noun heading the verb's subject ("the statement", "which" for "a statement"), or -1. */
    private int statementSubject(SentenceGraph g, int verb) {
        for (int n : g.children(verb, "nsubj")) {
            if (ctx.cues().is("statement", g.lemma(n)) && g.token(n).pos().startsWith("NN")) {
                return n;
            }
        }
        // "a statement which said": the relative clause's antecedent
        for (Dependency d : g.incoming(verb)) {
            if (d.relation().equals("acl:relcl") && ctx.cues().is("statement", g.lemma(d.governor()))) {
                return d.governor();
            }
        }
        return -1;
    }

    /** "X released a statement", "X put out a statement", "X purchased an advertisement and a caption": X. */
    private String issuerOf(SentenceGraph g, int s, int noun) {
        int head = noun;
        for (Dependency d : g.incoming(noun)) {
            if (d.relation().startsWith("conj") && d.governor() >= 0) {
                head = d.governor();
            }
        }
        for (Dependency d : g.incoming(head)) {
            if (d.relation().equals("obj") && g.token(d.governor()).pos().startsWith("VB")
                    && ctx.quoteAt(g.token(d.governor()).begin()) == null) {
                return verbs.subjectOf(g, s, d.governor());
            }
        }
        return null;
    }
}
