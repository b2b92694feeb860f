package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.Dependency;
import org.newskg.model.Relation;

import java.util.List;
import java.util.Set;

/**
 * "Y went forward with the meeting that X had requested": a meeting asked for by X (a relative
 * clause of requesting on the meeting noun), answered by Y. Accepting or holding it means Y met X;
 * accepting or refusing it means X had asked Y (solicited), and refusing it that Y declined X.
 * Only for verbs that answer or hold the meeting; "heard about the meeting X requested" tells none
 * of it.
 */
public final class RequestedMeetings extends TokenRule {

    private static final Set<String> MEETINGS = Set.of("meeting", "call", "interview", "visit", "sit-down");
    private static final Set<String> REQUESTS = Set.of("request", "propose", "seek", "suggest", "want");
    /** Taking part in the meeting: Y met X. */
    private static final Set<String> HOLDING = Set.of("attend", "hold", "have", "take", "go forward", "go ahead",
            "proceed");
    /** Answering the request: X had asked Y. */
    private static final Set<String> ANSWERING = Set.of("accept", "agree", "go forward", "go ahead", "proceed",
            "decline", "refuse", "reject", "turn down");
    private static final Set<String> REFUSING = Set.of("decline", "refuse", "reject", "turn down");

    public RequestedMeetings(DocContext ctx) {
        super(ctx);
    }

    @Override
    void token(SentenceGraph g, int s, int t, List<Relation> out) {
        if (!MEETINGS.contains(g.lemma(t)) || !g.token(t).pos().startsWith("NN")) {
            return;
        }
        Integer request = requestClause(g, t);
        Integer verb = governingVerb(g, t);
        if (request == null || verb == null || ctx.quoteAt(g.token(verb).begin()) != null) {
            return;
        }
        List<String> askers = args.subjects(g, s, request);
        List<String> answerers = args.subjects(g, s, verb);
        if (askers.size() != 1 || answerers.size() != 1 || askers.get(0).equals(answerers.get(0))) {
            return;
        }
        String x = askers.get(0);
        String y = answerers.get(0);
        String lemma = verbLemma(g, verb);
        Voice v = voices.voice(s, verb, answerers);
        if (ANSWERING.contains(lemma)) {
            emit(g, s, request, x, "solicited", y, voices.voice(s, request, askers), out);
        }
        if (HOLDING.contains(lemma)) {
            emit(g, s, verb, y, "met", x, v, out);
        }
        if (REFUSING.contains(lemma)) {
            emit(g, s, verb, y, "declined", x, v, out);
        }
    }

    private void emit(SentenceGraph g, int s, int trigger, String subj, String property, String obj, Voice v,
                      List<Relation> out) {
        for (String date : TriggerDates.of(ctx, g, s, trigger)) {
            out.add(new Relation(subj, property, obj, g.token(trigger).word(), null, null, date,
                    v.negated(), v.hedged(), v.attributedTo(), v.hedged() ? 0.35 : 0.65, s));
        }
    }

    /** The verb of requesting in a clause on the meeting noun ("the meeting that X had requested"). */
    private static Integer requestClause(SentenceGraph g, int noun) {
        for (Dependency d : g.outgoing(noun)) {
            boolean clause = d.relation().startsWith("acl") || d.relation().equals("ccomp") || d.relation().equals("dep");
            if (clause && d.dependent() > noun && REQUESTS.contains(g.lemma(d.dependent()))
                    && g.token(d.dependent()).pos().startsWith("VB") && g.hasChild(d.dependent(), "nsubj")) {
                return d.dependent();
            }
        }
        return null;
    }

    /** The verb whose object or oblique the meeting noun is ("went forward with the meeting"). */
    private static Integer governingVerb(SentenceGraph g, int noun) {
        for (Dependency d : g.incoming(noun)) {
            if (d.governor() >= 0 && (d.relation().equals("obj") || d.relation().startsWith("obl"))
                    && g.token(d.governor()).pos().startsWith("VB")) {
                return d.governor();
            }
        }
        return null;
    }

    /** "went forward", "went ahead": the verb with its directional adverb or particle. */
    private static String verbLemma(SentenceGraph g, int v) {
        for (Dependency d : g.outgoing(v)) {
            String w = g.token(d.dependent()).word().toLowerCase();
            if ((d.relation().equals("advmod") || d.relation().equals("compound:prt"))
                    && (w.equals("forward") || w.equals("ahead") || w.equals("down"))) {
                return g.lemma(v) + " " + w;
            }
        }
        return g.lemma(v);
    }
}
