package org.newskg.extract.entities;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Dependency;

import java.util.List;

/**
 * "launched a program dubbed X", "a site in Moscow called X", "a group known as X": a noun
 * modified by a participle of naming (cue category {@code naming}) stands for the name it is given.
 */
public final class NamingParticiples {

    private NamingParticiples() {
    }

    /** The entities the naming participle of noun {@code t} names, or none. */
    public static List<String> named(SentenceGraph g, int s, int t, DocContext ctx) {
        for (Dependency d : g.outgoing(t)) {
            if (d.relation().equals("acl") && ctx.cues().is("naming", g.lemma(d.dependent()))
                    && g.token(d.dependent()).pos().startsWith("VB")) {
                for (Dependency n : g.outgoing(d.dependent())) {
                    if (n.relation().equals("obj") || n.relation().equals("xcomp") || n.relation().equals("obl:as")) {
                        List<String> keys = ctx.entitiesAt(s, n.dependent());
                        if (!keys.isEmpty()) {
                            return keys;
                        }
                    }
                }
            }
        }
        return List.of();
    }
}
