package org.newskg.extract.speech;

import org.newskg.extract.Cues;
import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Dependency;

import java.util.List;
import java.util.Set;

/**
 * Walks up from a trigger through the clauses that embed it ("don't prove that X colluded to
 * obtain...", "It appears X passed along...", "which U.S. intelligence maintains were stolen")
 * and reports negation, hedging and attribution; a fact inside a quotation is attributed to its
 * speaker when no reporting clause names another source.
 */
public final class VoiceDetector {

    private static final Set<String> EMBEDDING = Set.of("ccomp", "xcomp", "advcl", "conj", "acl", "parataxis", "dep");

    private final DocContext ctx;

    public VoiceDetector(DocContext ctx) {
        this.ctx = ctx;
    }

    public Voice voice(int sentence, int trigger, List<String> subjects) {
        SentenceGraph g = ctx.graphs().get(sentence);
        boolean negated = false;
        boolean hedged = hasHedgeModifier(g, trigger);
        String source = null;
        int node = trigger;
        int previous = trigger;
        String via = "";
        boolean[] seen = new boolean[g.size()];
        boolean presupposed = false;
        while (node >= 0 && !seen[node]) {
            seen[node] = true;
            // "when they met", "after X called": a temporal clause is taken for granted by the
            // clause around it, so that clause's negation or hedge does not reach it
            presupposed |= via.startsWith("advcl") && !via.equals("advcl:to") && !via.equals("advcl");
            if (!presupposed && !via.startsWith("conj") && isNegated(g, node)) {
                negated = true;
            }
            if (node != trigger && !presupposed) {
                boolean complement = via.equals("ccomp") || via.equals("xcomp") || via.startsWith("acl")
                        || via.startsWith("advcl:to");
                hedged |= complement && (ctx.cues().is("hedge", g.lemma(node)) || intends(g, trigger, node));
                hedged |= hasHedgeModifier(g, node) && !via.startsWith("conj");
                if (source == null && ctx.cues().is("attribution", g.lemma(node))
                        && (via.equals("ccomp") || via.equals("dep")) && !isQuestion(g, previous)) {
                    source = claimant(g, sentence, node, subjects);
                }
            }
            if (source == null) {
                source = accordingTo(g, sentence, node);
            }
            if (!presupposed && Hypotheticals.marked(g, node)) {
                // "did not say whether he would meet X", "if X had called Y": the clause asserts
                // nothing, and what is said of it above (a negation, a claim) is not said of its fact
                hedged = true;
                presupposed = true;
            }
            Dependency up = embeddingEdge(g, node);
            if (up == null) {
                break;
            }
            via = up.relation();
            previous = node;
            node = up.governor();
        }
        if (source == null) {
            // a fact told inside someone's quotation is their claim ("I informed John", "X was killed")
            var quote = ctx.quoteAt(g.token(trigger).begin());
            source = quote == null ? null : ctx.speakers().get(quote);
        }
        return new Voice(negated, hedged, source);
    }

    private static Dependency embeddingEdge(SentenceGraph g, int node) {
        for (Dependency d : g.incoming(node)) {
            String base = d.relation().contains(":") ? d.relation().substring(0, d.relation().indexOf(':')) : d.relation();
            if (d.governor() >= 0 && EMBEDDING.contains(base)) {
                return d;
            }
        }
        return null;
    }

    /** "offered to provide", "an invitation to meet": a plan or offer, unless the fact is the asking itself. */
    private boolean intends(SentenceGraph g, int trigger, int node) {
        return ctx.cues().is("intent", g.lemma(node)) && !solicits(g, trigger);
    }

    private boolean solicits(SentenceGraph g, int trigger) {
        String l = g.lemma(trigger);
        return l.equals("invite") || l.equals("ask") || l.equals("request") || l.equals("urge");
    }

    /** "say how the outlet obtained ...": an embedded question reports no claim. */
    private static boolean isQuestion(SentenceGraph g, int clause) {
        for (Dependency d : g.outgoing(clause)) {
            String w = g.token(d.dependent()).word().toLowerCase();
            if ((d.relation().equals("advmod") || d.relation().equals("mark") || d.relation().startsWith("nsubj")
                    || d.relation().equals("obj")) && (w.startsWith("wh") || w.equals("how") || w.equals("if"))) {
                return true;
            }
        }
        return false;
    }

    private boolean isNegated(SentenceGraph g, int node) {
        return negatedHere(ctx.cues(), g, node);
    }

    /** "did not meet", "never a friend", "no disgrace": a negation word (cue category {@code negation}) on the node itself. */
    public static boolean negatedHere(Cues cues, SentenceGraph g, int node) {
        for (Dependency d : g.outgoing(node)) {
            if ((d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det"))
                    && cues.is("negation", g.token(d.dependent()).word().toLowerCase().replace('\u2019', '\''))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasHedgeModifier(SentenceGraph g, int node) {
        for (Dependency d : g.outgoing(node)) {
            if ((d.relation().equals("advmod") || d.relation().equals("aux"))
                    && ctx.cues().is("hedge", g.token(d.dependent()).word().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who makes the claim: the reporting verb's subject, an entity other than the fact's own
     * subjects when there is one, else the subject itself ("Doyle told reporters that she had
     * never met Vance" is Doyle's word about herself).
     */
    private String claimant(SentenceGraph g, int sentence, int verb, List<String> subjects) {
        String self = null;
        for (int s : g.children(verb, "nsubj")) {
            for (String key : ctx.entitiesAt(sentence, s)) {
                if (!subjects.contains(key)) {
                    return key;
                }
                self = self == null ? key : self;
            }
        }
        return self;
    }

    private String accordingTo(SentenceGraph g, int sentence, int node) {
        for (Dependency d : g.outgoing(node)) {
            if (d.relation().equals("obl:according_to")) {
                List<String> keys = ctx.entitiesAt(sentence, d.dependent());
                if (!keys.isEmpty()) {
                    return keys.get(0);
                }
            }
        }
        return null;
    }
}
