package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.speech.VoiceDetector;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.Dependency;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers and refusals whose addressee is named only by the clause or sentence before them.
 * "X asked Y whether ..., and Y said no one had": Y messaged X. "X made a pitch to Y, but Y
 * refused" and "X asked Y if ... . Y quickly rejected that idea.": Y declined X. The earlier
 * message or request must be a fact already found: to the one who now answers, from exactly one
 * sender, asserted (not negated, not hedged). An answer is read only in a clause coordinated with
 * or subordinate to that request; a refusal also in the sentence right after it, when it is the
 * main clause and has nothing of its own to refuse (no open clause, no object but a proposal).
 */
public final class Replies {

    /** Verbs of answering: the answer goes back to whoever asked. */
    private static final Set<String> ANSWERS = Set.of("say", "agree", "reply", "respond", "answer", "confirm",
            "write back");
    /** Verbs of refusing something proposed. */
    private static final Set<String> REFUSALS = Set.of("refuse", "reject", "decline", "rebuff", "turn down");
    /** What a refusal's object may be: the proposal itself ("rejected that idea"). */
    private static final Set<String> PROPOSALS = Set.of("idea", "proposal", "offer", "request", "suggestion",
            "invitation", "overture", "plea", "pitch", "demand", "appeal", "entreaty", "plan");
    /** Links from an earlier clause to the answering one. */
    private static final List<String> LINKS = List.of("conj", "advcl", "parataxis", "dep");

    private final DocContext ctx;
    private final Arguments args;
    private final VoiceDetector voices;

    public Replies(DocContext ctx) {
        this.ctx = ctx;
        this.args = new Arguments(ctx);
        this.voices = new VoiceDetector(ctx);
    }

    /** The replies told in the document, given the facts found so far. */
    public List<Relation> extract(List<Relation> sofar) {
        List<Relation> out = new ArrayList<>();
        for (SentenceGraph g : ctx.graphs()) {
            int s = g.sentence().index();
            for (int v = 0; v < g.size(); v++) {
                if (!g.token(v).pos().startsWith("VB") || ctx.quoteAt(g.token(v).begin()) != null) {
                    continue;
                }
                String lemma = verbLemma(g, v);
                boolean refusal = REFUSALS.contains(lemma) && refusesProposal(g, v);
                boolean answer = ANSWERS.contains(lemma) && g.children(v, "obl").isEmpty();
                if (refusal || answer) {
                    reply(g, s, v, refusal ? "declined" : "messaged", refusal, sofar, out);
                }
            }
        }
        return out;
    }

    private void reply(SentenceGraph g, int s, int verb, String property, boolean refusal, List<Relation> sofar,
                       List<Relation> out) {
        List<String> subjects = args.subjects(g, s, verb);
        if (subjects.size() != 1 || args.isPassive(g, verb)) {
            return;
        }
        String answerer = subjects.get(0);
        Set<String> askers = new LinkedHashSet<>();
        for (int earlier : earlierClauses(g, verb)) {
            askers.addAll(senders(sofar, s, answerer, g.token(earlier).word()));
        }
        if (askers.isEmpty() && refusal && isMainClause(g, verb) && s > 0 && senders(sofar, s, answerer, null).isEmpty()) {
            askers.addAll(senders(sofar, s - 1, answerer, null));
        }
        if (askers.size() != 1) {
            return;
        }
        String asker = askers.iterator().next();
        Voice v = voices.voice(s, verb, subjects);
        String source = v.attributedTo();
        for (String date : TriggerDates.of(ctx, g, s, verb)) {
            out.add(new Relation(answerer, property, asker, g.token(verb).word(), null, null, date,
                    v.negated(), v.hedged(), source, v.hedged() ? 0.4 : 0.7, s));
        }
    }

    /** The senders of asserted messages and requests to {@code to} in sentence s (by that trigger word, if given). */
    private static Set<String> senders(List<Relation> sofar, int s, String to, String triggerWord) {
        Set<String> from = new LinkedHashSet<>();
        for (Relation r : sofar) {
            if (r.sentence() == s && r.objectKey().equals(to) && !r.subjectKey().equals(to)
                    && (r.predicate().equals("messaged") || r.predicate().equals("solicited"))
                    && !r.negated() && !r.hedged()
                    && (triggerWord == null || r.trigger().equalsIgnoreCase(triggerWord)
                    || r.trigger().toLowerCase().endsWith(" " + triggerWord.toLowerCase()))) {
                from.add(r.subjectKey());
            }
        }
        return from;
    }

    /**
     * The clauses (or nouns) the verb is coordinated with or subordinate to, up to two links up; a
     * complement link counts only for a clause opened by a conjunction ("asked Y whether ..., and Y
     * said", where the parser may hang the second clause on the verb of asking).
     */
    private static List<Integer> earlierClauses(SentenceGraph g, int verb) {
        List<Integer> found = new ArrayList<>();
        List<Integer> frontier = List.of(verb);
        for (int depth = 0; depth < 2; depth++) {
            List<Integer> next = new ArrayList<>();
            for (int t : frontier) {
                for (Dependency d : g.incoming(t)) {
                    boolean link = LINKS.stream().anyMatch(l -> SentenceGraph.matches(d.relation(), l))
                            || d.relation().equals("ccomp") && g.hasChild(t, "cc");
                    if (d.governor() >= 0 && d.governor() < verb && link && !found.contains(d.governor())) {
                        found.add(d.governor());
                        next.add(d.governor());
                    }
                }
            }
            frontier = next;
        }
        return found;
    }

    /** Nothing of its own to refuse: no open clause, and no object or only a proposal ("rejected that idea"). */
    private static boolean refusesProposal(SentenceGraph g, int verb) {
        if (g.hasChild(verb, "xcomp") || g.hasChild(verb, "ccomp") || g.hasChild(verb, "obl")) {
            return false;
        }
        for (int o : g.childrenExact(verb, "obj")) {
            if (!PROPOSALS.contains(g.lemma(o)) || g.hasChild(o, "nmod")) {
                return false;
            }
        }
        return true;
    }

    /** The sentence's root, or a clause coordinated with it. */
    private static boolean isMainClause(SentenceGraph g, int verb) {
        return g.incoming(verb).stream().anyMatch(d -> d.governor() < 0
                || SentenceGraph.matches(d.relation(), "conj") && g.incoming(d.governor()).stream().anyMatch(e -> e.governor() < 0));
    }

    /** The verb's lemma with its particle ("turn down", "write back"). */
    private static String verbLemma(SentenceGraph g, int v) {
        List<Integer> prt = g.children(v, "compound:prt");
        return prt.isEmpty() ? g.lemma(v) : g.lemma(v) + " " + g.token(prt.get(0)).word().toLowerCase();
    }
}
