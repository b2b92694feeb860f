package org.newskg.extract.speech;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.QuoteSpan;
import org.newskg.model.Sentence;

/**
 * Quotations introduced by the sentence before them: "The email stated:" or "Trump Jr.
 * responded, emailing back:" just before a quotation that stands alone names its speaker; an
 * introduction that names only the message takes the sender of the contact told just before it.
 */
final class QuoteIntroductions {

    /** Who said a quotation and, where the text names one, to whom. */
    record Said(String speaker, String addressee) {
    }

    private final DocContext ctx;
    private final ReportingVerbs verbs;

    QuoteIntroductions(DocContext ctx, ReportingVerbs verbs) {
        this.ctx = ctx;
        this.verbs = verbs;
    }

    /** The speaker named by an introduction ending in a colon in sentence {@code s - 1}, or null. */
    Said fromIntroduction(int s) {
        Sentence prev = ctx.doc().sentences().get(s - 1);
        String text = ctx.doc().document().slice(prev.begin(), prev.end()).trim();
        if (!text.endsWith(":")) {
            return null;
        }
        SentenceGraph g = ctx.graphs().get(s - 1);
        for (int t = g.size() - 1; t >= 0; t--) {
            if (verbs.isReportingVerb(g, t)) {
                String speaker = verbs.subjectOf(g, s - 1, t);
                if (speaker != null) {
                    return new Said(speaker, verbs.addresseeOf(g, s - 1, t));
                }
            }
        }
        return lastContact(s - 1);
    }

    /**
     * "In his message, he praised the team: '...'", "The ministry justified the strike as
     * defensive: '...'": a quotation right after a colon in its sentence is the words of the
     * clause before the colon, whose subject speaks them.
     */
    Said afterColon(QuoteSpan q, int s) {
        SentenceGraph g = ctx.graphs().get(s);
        int colon = -1;
        for (int t = 0; t < g.size() && g.token(t).end() <= q.begin(); t++) {
            colon = t;
        }
        if (colon < 0 || !g.token(colon).word().equals(":") || ctx.quoteAt(g.token(colon).begin()) != null) {
            return null;
        }
        int node = colon;
        for (int steps = 0; steps < 6; steps++) {
            int up = -1;
            for (var d : g.incoming(node)) {
                if (d.governor() >= 0 && !d.relation().equals("ref")) {
                    up = d.governor();
                    break;
                }
            }
            if (up < 0 || ctx.quoteAt(g.token(up).begin()) != null) {
                return null;
            }
            node = up;
            String speaker = g.token(node).end() <= q.begin() && g.token(node).pos().startsWith("VB")
                    ? verbs.subjectOf(g, s, node) : null;
            if (speaker != null) {
                return new Said(speaker, verbs.directAddressee(g, s, node));
            }
        }
        return null;
    }

    /**
     * "Goldstone emailed Trump Jr. The email stated: ...": when the introduction names only the
     * message, its sender and addressee are those of the contact told just before it.
     */
    private Said lastContact(int sentence) {
        for (int si = sentence; si >= Math.max(0, sentence - 2); si--) {
            SentenceGraph g = ctx.graphs().get(si);
            for (int t = g.size() - 1; t >= 0; t--) {
                if (!verbs.isReportingVerb(g, t) || ctx.quoteAt(g.token(t).begin()) != null) {
                    continue;
                }
                String sender = verbs.subjectOf(g, si, t);
                String addressee = verbs.directAddressee(g, si, t);
                if (sender != null && addressee != null && !sender.equals(addressee)) {
                    return new Said(sender, addressee);
                }
            }
        }
        return null;
    }
}
