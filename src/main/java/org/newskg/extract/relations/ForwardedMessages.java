package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Y forwarded X's response to Z": the message passed on is X's, so X had written to Y, the one
 * forwarding it. Gives messaged(X, Y). The message must be a writing (a response, an email, a
 * letter ...) owned by a named entity and addressed to no one else in the text ("X's reply to W's
 * letter" is X writing to W, not to Y).
 */
public final class ForwardedMessages extends TokenRule {

    /** Verbs of passing a message on, with their particle where they need one. */
    private static final Set<String> PASSING = Set.of("forward", "relay", "pass along", "pass on");
    /** The writings a message passed on may be. */
    private static final Set<String> WRITINGS = Set.of("response", "reply", "email", "e-mail", "message", "letter",
            "note", "text", "memo", "invitation", "request", "offer", "proposal");

    public ForwardedMessages(DocContext ctx) {
        super(ctx);
    }

    @Override
    void token(SentenceGraph g, int s, int t, List<Relation> out) {
        if (!g.token(t).pos().startsWith("VB") || !PASSING.contains(lemma(g, t)) || args.isPassive(g, t)
                || ctx.quoteAt(g.token(t).begin()) != null) {
            return;
        }
        List<String> forwarders = args.subjects(g, s, t);
        if (forwarders.size() != 1) {
            return;
        }
        String forwarder = forwarders.get(0);
        for (int writing : g.childrenExact(t, "obj")) {
            if (!WRITINGS.contains(g.lemma(writing)) || g.hasChild(writing, "nmod:to")) {
                continue;
            }
            List<String> writers = args.via(g, s, writing, List.of("nmod:poss"));
            Voice v = voices.voice(s, t, forwarders);
            if (v.negated() || v.hedged()) {
                return; // "did not forward X's letter" leaves open whether X wrote to them
            }
            for (String writer : writers) {
                if (writer.equals(forwarder)) {
                    continue;
                }
                for (String date : TriggerDates.of(ctx, g, s, t)) {
                    out.add(new Relation(writer, "messaged", forwarder, g.token(writing).word(), null, null, date,
                            false, false, v.attributedTo(), 0.65, s));
                }
            }
        }
    }

    private static String lemma(SentenceGraph g, int v) {
        List<Integer> prt = new ArrayList<>(g.children(v, "compound:prt"));
        g.childrenExact(v, "advmod").stream().filter(a -> Set.of("along", "on").contains(g.token(a).word().toLowerCase()))
                .forEach(prt::add);
        return prt.isEmpty() ? g.lemma(v) : g.lemma(v) + " " + g.token(prt.get(0)).word().toLowerCase();
    }
}
