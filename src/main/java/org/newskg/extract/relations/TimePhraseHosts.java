package org.newskg.extract.relations;

import org.newskg.extract.SentenceGraph;
import org.newskg.model.Dependency;

/**
 * "Minutes after a phone call with X, Y called Z": a noun inside a time phrase of a clause (no
 * verb governs it directly) is the act of the clause's subject. Passive clauses are left alone.
 */
final class TimePhraseHosts {

    private TimePhraseHosts() {
    }

    /** The verb whose time phrase ("Minutes after ...") holds the noun, or null. */
    static Integer clauseAbove(SentenceGraph g, int noun, Arguments args) {
        for (Dependency d : g.incoming(noun)) {
            if (d.governor() < 0 || !(d.relation().startsWith("nmod") || d.relation().startsWith("obl"))) {
                continue;
            }
            for (Dependency e : g.incoming(d.governor())) {
                int v = e.governor();
                if (v >= 0 && (e.relation().equals("advmod") || e.relation().startsWith("obl:tmod")
                        || e.relation().equals("obl:npmod")) && g.token(v).pos().startsWith("VB") && !args.isPassive(g, v)) {
                    return v;
                }
            }
        }
        return null;
    }
}
