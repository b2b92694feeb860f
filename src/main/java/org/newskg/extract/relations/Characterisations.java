package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.speech.Hypotheticals;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.QuoteSpan;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * "Y called the move 'a disgrace'", "Y described X as an excellent adviser", "Y found X's order
 * decisive": a verb of characterising (the {@code evaluating} cues) with an object and a predicate
 * of praise, blame or rejection ({@link Evaluations}) is its subject's praise, criticism or
 * opposition of whom the object names or whose act it is ({@link ActAgents}). Nothing is read
 * from a question, a condition, a negated verb, or a verb whose agent is not named.
 */
final class Characterisations extends TokenRule {

    private final Evaluations evaluations;
    private final ActAgents acts;

    Characterisations(DocContext ctx) {
        super(ctx);
        this.evaluations = new Evaluations(ctx.cues());
        this.acts = new ActAgents(ctx);
    }

    @Override
    void token(SentenceGraph g, int s, int v, List<Relation> out) {
        if (!g.token(v).pos().startsWith("VB") || !ctx.cues().is("evaluating", g.lemma(v)) || args.isPassive(g, v)
                || Hypotheticals.covers(g, v)) {
            return;
        }
        List<String> subjects = acts.agents(args.entities(g, s, g.childrenExact(v, "nsubj")));
        if (subjects.isEmpty() && g.token(v).pos().equals("VBG")) {
            subjects = clauseSubjects(g, s, v);
        }
        if (subjects.size() != 1) {
            return;
        }
        String subject = subjects.get(0);
        for (int[] pair : pairs(g, v)) {
            String property = evaluations.property(g, pair[1], quoted(g, pair[1]));
            String target = property == null ? null : target(g, s, pair[0], property);
            if (target == null || target.equals(subject)) {
                continue;
            }
            Voice voice = voices.voice(s, v, subjects);
            if (voice.negated()) {
                continue;
            }
            for (String date : TriggerDates.of(ctx, g, s, v)) {
                out.add(new Relation(subject, property, target, g.token(v).word(), null, null, date,
                        false, voice.hedged(), voice.attributedTo(), 0.6, s));
            }
        }
    }

    /**
     * "X named him to the team chaired by Y, describing him as ...": a participle without a subject
     * speaks for the subject of the nearest clause above it that has one, not for the nouns between.
     */
    private List<String> clauseSubjects(SentenceGraph g, int s, int v) {
        java.util.Set<String> between = new java.util.HashSet<>();
        int node = v;
        for (int steps = 0; steps < 8; steps++) {
            int up = -1;
            for (var d : g.incoming(node)) {
                if (d.governor() >= 0 && !d.relation().equals("ref") && !d.relation().startsWith("conj")) {
                    up = d.governor();
                    break;
                }
            }
            if (up < 0) {
                return List.of();
            }
            node = up;
            if (!g.childrenExact(node, "nsubj").isEmpty() && g.token(node).pos().startsWith("VB")) {
                List<String> keys = acts.agents(args.entities(g, s, g.childrenExact(node, "nsubj")));
                return keys.stream().anyMatch(between::contains) ? List.of() : keys;
            }
            between.addAll(ctx.entities().at(s, node));
        }
        return List.of();
    }

    /** "the agreement null and void": what is rejected is the act itself when it is a named work. */
    private String target(SentenceGraph g, int s, int object, String property) {
        if (property.equals("opposed")) {
            List<String> works = ctx.entitiesOfType(s, object, org.newskg.model.EntityType.WORK);
            return works.size() == 1 ? works.get(0) : null;
        }
        return acts.target(g, s, object);
    }

    /**
     * (object, predicate) pairs: "called X Y" (obj and xcomp, or xcomp with its own subject, or a
     * noun or adjective hung on the object as a dep), "described X as Y" (obj and an as-phrase).
     */
    private static List<int[]> pairs(SentenceGraph g, int v) {
        List<int[]> out = new ArrayList<>();
        List<Integer> objects = g.childrenExact(v, "obj");
        List<Integer> predicates = new ArrayList<>(g.childrenExact(v, "xcomp"));
        predicates.addAll(g.childrenExact(v, "obl:as"));
        predicates.addAll(g.childrenExact(v, "advcl:as"));
        for (int p : predicates) {
            List<Integer> own = g.childrenExact(p, "nsubj");
            if (!own.isEmpty()) {
                out.add(new int[]{own.get(0), p});
            } else if (objects.size() == 1) {
                out.add(new int[]{objects.get(0), p});
            } else if (objects.isEmpty() && !g.childrenExact(p, "nsubj:xsubj").isEmpty()) {
                out.add(new int[]{g.childrenExact(p, "nsubj:xsubj").get(0), p});
            }
        }
        // "called the move \"a disgrace\"": the parser may hang the predicate on the object as a dep
        if (predicates.isEmpty() && objects.size() == 1) {
            for (int p : g.childrenExact(objects.get(0), "dep")) {
                if (p > objects.get(0) && g.token(p).pos().matches("NN.*|JJ.*")) {
                    out.add(new int[]{objects.get(0), p});
                }
            }
        }
        return out;
    }

    /** The text of the quotation the predicate stands in, or null. */
    private String quoted(SentenceGraph g, int p) {
        QuoteSpan q = ctx.quoteAt(g.token(p).begin());
        return q == null ? null : q.text();
    }
}
