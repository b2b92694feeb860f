package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.speech.VoiceDetector;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * "Flynn told the agents that he did not ask Kislyak to ...": someone reporting that they
 * themselves did not do something is denying it. Gives denied(teller, first entity of the
 * clause), with the clause as the theme. "told Z that he never liked X" is no denial but a
 * dislike ({@link ReportedDislikes}).
 */
public final class ReportedDenials {

    private final DocContext ctx;
    private final VoiceDetector voices;

    public ReportedDenials(DocContext ctx) {
        this.ctx = ctx;
        this.voices = new VoiceDetector(ctx);
    }

    public List<Relation> extract() {
        List<Relation> out = new ArrayList<>();
        for (SentenceGraph g : ctx.graphs()) {
            int s = g.sentence().index();
            for (int v = 0; v < g.size(); v++) {
                if (g.token(v).pos().startsWith("VB") && (ctx.cues().is("reporting", g.lemma(v))
                        || ctx.cues().is("attribution", g.lemma(v)))) {
                    denials(g, s, v, out);
                }
            }
        }
        return out;
    }

    private void denials(SentenceGraph g, int s, int verb, List<Relation> out) {
        List<String> tellers = subjects(g, s, verb);
        if (tellers.isEmpty()) {
            return;
        }
        if (hasWordOf(g, verb, "advmod", "negation")) {
            return; // "X did not say whether ...": not telling is no denial
        }
        String teller = tellers.get(0);
        for (int clause : g.childrenExact(verb, "ccomp")) {
            if (!voices.voice(s, clause, tellers).negated() || !subjects(g, s, clause).contains(teller)
                    || ctx.cues().is("intent", g.lemma(clause)) || ctx.cues().is("liking", g.lemma(clause))) {
                continue;
            }
            int[] span = g.span(clause);
            String object = firstOtherEntity(g, s, span, teller, reasons(g, clause));
            if (object != null) {
                String theme = g.text(span[0], span[1]).replaceAll("^(that)\\s+", "").replaceAll("[\\s,.;:]+$", "");
                out.add(new Relation(teller, "denied", object, g.token(verb).word(), theme, null,
                        ctx.time().sentenceDate(s), false, false, null, 0.65, s));
            }
        }
    }

    /** Whether a child of the head by this relation is a word of that cue category. */
    private boolean hasWordOf(SentenceGraph g, int head, String rel, String category) {
        return g.childrenExact(head, rel).stream().anyMatch(c -> ctx.cues().is(category, g.lemma(c)));
    }

    private List<String> subjects(SentenceGraph g, int s, int verb) {
        List<String> keys = new ArrayList<>();
        for (int t : g.childrenExact(verb, "nsubj")) {
            keys.addAll(ctx.entitiesAt(s, t));
        }
        return keys;
    }

    /**
     * "did not want to meet because he had decided X was ...": a clause of reason or time hung on
     * the denied clause says why, not what is denied; its tokens name no object.
     */
    private static java.util.Set<Integer> reasons(SentenceGraph g, int clause) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        for (int head = clause, depth = 0; depth < 3; depth++) {
            todo.addAll(g.children(head, "advcl"));
            List<Integer> x = g.childrenExact(head, "xcomp");
            if (x.isEmpty()) {
                break;
            }
            head = x.get(0);
        }
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (out.add(t)) {
                for (var d : g.outgoing(t)) {
                    todo.add(d.dependent());
                }
            }
        }
        return out;
    }

    private String firstOtherEntity(SentenceGraph g, int s, int[] span, String teller, java.util.Set<Integer> skip) {
        for (int t = span[0]; t <= span[1]; t++) {
            if (skip.contains(t)) {
                continue;
            }
            for (String key : ctx.entitiesAt(s, t)) {
                if (!key.equals(teller)) {
                    return key;
                }
            }
        }
        return null;
    }
}
