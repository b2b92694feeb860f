package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Dependency;

import java.util.Set;

/**
 * Inside a quotation, "Call the minister" or "You have to call the minister" tells the addressee
 * what to do; nobody has called anyone yet. A trigger in an imperative clause, or in a clause
 * of obligation whose subject is "you" ("you gotta", "you must", "you need to"), is a request,
 * not a fact of its own. Triggers of solicitation are exempt: "Ask him to resign" still records
 * the speaker's request, as the quote's own words.
 */
final class QuotedRequests {

    private static final Set<String> OBLIGATION_VERBS = Set.of("get", "got", "have", "has", "need", "needs");
    private static final Set<String> TO = Set.of("to", "ta");
    private static final Set<String> OBLIGATION_MODALS = Set.of("must", "should", "shall");

    private final DocContext ctx;

    QuotedRequests(DocContext ctx) {
        this.ctx = ctx;
    }

    /** True when the verb is asked for in a quotation rather than told as done. */
    boolean isRequest(SentenceGraph g, int verb) {
        if (ctx.quoteAt(g.token(verb).begin()) == null) {
            return false;
        }
        return isImperative(g, verb, 0) || isObligedAddressee(g, verb);
    }

    /**
     * A bare base-form verb with no subject, no marker and no auxiliary, heading its clause in
     * the quotation: the quotation's root, or a clause hung on words outside it ("said, 'Call
     * her'"), or a conjunct of another imperative ("Call her, tell her ...").
     */
    private boolean isImperative(SentenceGraph g, int verb, int depth) {
        if (depth > 3 || !g.token(verb).pos().equals("VB") || !g.children(verb, "nsubj").isEmpty()
                || !g.children(verb, "mark").isEmpty() || !g.childrenExact(verb, "aux").isEmpty()) {
            return false;
        }
        var quote = ctx.quoteAt(g.token(verb).begin());
        for (Dependency d : g.incoming(verb)) {
            if (d.governor() < 0 || ctx.quoteAt(g.token(d.governor()).begin()) != quote) {
                continue;
            }
            String r = d.relation();
            if (r.startsWith("conj") || r.equals("dep") || r.equals("parataxis")) {
                if (!g.token(d.governor()).pos().startsWith("VB") || isImperative(g, d.governor(), depth + 1)) {
                    continue;
                }
            }
            return false;
        }
        return true;
    }

    /** "You gotta call Rod", "you must tell her": an obligation laid on the addressee. */
    private static boolean isObligedAddressee(SentenceGraph g, int verb) {
        int head = verb;
        for (Dependency d : g.incoming(verb)) {
            if (d.relation().equals("xcomp") && d.governor() >= 0
                    && OBLIGATION_VERBS.contains(g.token(d.governor()).word().toLowerCase())) {
                head = d.governor();
            }
        }
        boolean toClause = g.children(verb, "mark").stream().anyMatch(m -> TO.contains(g.token(m).word().toLowerCase()));
        boolean obliged = head != verb || g.childrenExact(verb, "aux").stream().map(a -> g.token(a).word().toLowerCase())
                .anyMatch(a -> OBLIGATION_MODALS.contains(a) || toClause && OBLIGATION_VERBS.contains(a));
        return obliged && java.util.stream.Stream.of(head, verb)
                .flatMap(h -> java.util.stream.Stream.concat(g.childrenExact(h, "nsubj").stream(),
                        g.childrenExact(h, "nsubj:xsubj").stream()))
                .anyMatch(n -> g.token(n).word().equalsIgnoreCase("you"));
    }
}
