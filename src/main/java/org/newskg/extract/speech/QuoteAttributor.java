package org.newskg.extract.speech;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.entities.Names;
import org.newskg.model.Entity;
import org.newskg.model.QuoteSpan;
import org.newskg.model.Sentence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds who said each quotation: the subject of the reporting verb nearest to it in its
 * sentence ("WikiLeaks wrote", "told Fox News", {@link ReportingVerbs}); a quotation standing
 * alone continues the previous speaker ("went on"); a quotation after "X wrote:" is X's
 * ({@link QuoteIntroductions}). CoreNLP's own guess is the last resort.
 */
public final class QuoteAttributor {

    private final DocContext ctx;
    private final ReportingVerbs verbs;
    private final QuoteIntroductions introductions;
    private final EarlierAddressees earlier;
    private final StatementIssuers statements;

    public QuoteAttributor(DocContext ctx) {
        this.ctx = ctx;
        this.verbs = new ReportingVerbs(ctx);
        this.introductions = new QuoteIntroductions(ctx, verbs);
        this.earlier = new EarlierAddressees(ctx.quotes(), this::sentenceOf);
        this.statements = new StatementIssuers(ctx, verbs);
    }

    /**
     * Speakers of the quotations; fills {@code addressees} with whom each was said or written to,
     * where the text names them ("Sater wrote to Cohen:", "told Fox News").
     */
    public Map<QuoteSpan, String> attribute(Map<QuoteSpan, String> addressees) {
        Map<QuoteSpan, String> speakers = new HashMap<>();
        QuoteSpan previous = null;
        for (QuoteSpan q : ctx.quotes()) {
            if (insideQuestion(q)) {
                continue;
            }
            QuoteIntroductions.Said said = introductions.afterColon(q, sentenceOf(q.begin()));
            if (said == null) {
                said = fromReportingVerb(q);
            }
            if (said == null && previous != null && standsAlone(q) && earlier.close(previous, q)
                    && speakers.get(previous) != null) {
                said = new QuoteIntroductions.Said(speakers.get(previous), addressees.get(previous));
            }
            if (said == null && sentenceOf(q.begin()) > 0 && standsAlone(q)) {
                said = introductions.fromIntroduction(sentenceOf(q.begin()));
            }
            String speaker = said != null ? said.speaker() : byName(q.speakerHint());
            String addressee = said != null ? said.addressee() : null;
            if (speaker != null) {
                speakers.put(q, speaker);
            }
            if (addressee == null && speaker != null) {
                addressee = earlier.of(q, speaker, speakers, addressees);
            }
            if (addressee != null && !addressee.equals(speaker)) {
                addressees.put(q, addressee);
            }
            previous = q;
        }
        return speakers;
    }

    /** "asked whether the campaign was 'in cahoots'": the words of the question, not of who answers. */
    private boolean insideQuestion(QuoteSpan q) {
        int s = sentenceOf(q.begin());
        SentenceGraph g = ctx.graphs().get(s);
        for (int t = 0; t < g.size(); t++) {
            String l = g.lemma(t);
            if (!l.equals("ask") && !l.equals("question") && !l.equals("wonder")) {
                continue;
            }
            for (int c : g.children(t, "ccomp")) {
                int[] span = g.span(c);
                if (g.token(span[0]).begin() <= q.begin() && q.end() <= g.token(span[1]).end() + 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private QuoteIntroductions.Said fromReportingVerb(QuoteSpan q) {
        int s = sentenceOf(q.begin());
        int e = sentenceOf(Math.max(q.begin(), q.end() - 1));
        QuoteIntroductions.Said best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestSentence = -1;
        int bestVerb = -1;
        // "... call Rod." McGahn said he told ...: a quotation closed by a full stop ends its
        // sentence, so a reporting verb after it introduces another
        boolean closed = q.text().strip().endsWith(".");
        int nearest = Integer.MAX_VALUE;
        int nearestSentence = -1;
        int nearestVerb = -1;
        for (int si = s; si <= e; si++) {
            SentenceGraph g = ctx.graphs().get(si);
            for (int t = 0; t < g.size(); t++) {
                if (closed && g.token(t).begin() >= q.end()) {
                    break;
                }
                boolean issued = statements.carriesWords(g, t);
                if (ctx.quoteAt(g.token(t).begin()) != null || !issued && !verbs.introduces(g, t, q)) {
                    continue;
                }
                String speaker = issued ? statements.issuer(g, si, t) : verbs.subjectOf(g, si, t);
                int distance = distance(g, t, q);
                if (distance < nearest) {
                    nearest = distance;
                    nearestSentence = si;
                    nearestVerb = t;
                }
                if (speaker != null && distance < bestDistance) {
                    best = new QuoteIntroductions.Said(speaker, verbs.addresseeOf(g, si, t));
                    bestDistance = distance;
                    bestSentence = si;
                    bestVerb = t;
                }
            }
        }
        // "Priebus recalled that the President-Elect asked, '...'": the verb nearest the quotation
        // introduces it; the reporting verb that embeds that one tells who recalls, not who spoke
        if (best != null && nearestSentence == bestSentence && nearestVerb != bestVerb
                && embeds(ctx.graphs().get(bestSentence), bestVerb, nearestVerb)) {
            return null;
        }
        return best;
    }

    /** Whether {@code clause} lies in the complement of {@code verb} (up ccomp, xcomp, parataxis). */
    private static boolean embeds(SentenceGraph g, int verb, int clause) {
        int node = clause;
        for (int steps = 0; steps < 6 && node >= 0; steps++) {
            int up = -1;
            for (var d : g.incoming(node)) {
                if (d.governor() >= 0 && (d.relation().equals("ccomp") || d.relation().equals("xcomp")
                        || d.relation().equals("parataxis"))) {
                    up = d.governor();
                }
            }
            if (up == verb) {
                return true;
            }
            node = up;
        }
        return false;
    }

    private static int distance(SentenceGraph g, int t, QuoteSpan q) {
        int b = g.token(t).begin();
        return b >= q.end() ? b - q.end() : Math.max(0, q.begin() - g.token(t).end());
    }

    private boolean standsAlone(QuoteSpan q) {
        Sentence s = ctx.doc().sentences().get(sentenceOf(q.begin()));
        return q.begin() <= s.begin() + 1;
    }

    private String byName(String hint) {
        if (hint == null) {
            return null;
        }
        String n = Names.normalize(hint);
        for (Entity e : ctx.entities().entities().values()) {
            if (Names.normalize(e.label()).equals(n)
                    || e.altLabels().stream().anyMatch(a -> Names.normalize(a).equals(n))) {
                return e.key();
            }
        }
        return null;
    }

    /** The sentence holding an offset: a binary search over the sentences' ends. */
    private int sentenceOf(int offset) {
        List<Sentence> ss = ctx.doc().sentences();
        int lo = 0;
        int hi = ss.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (offset < ss.get(mid).end()) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return ss.isEmpty() ? -1 : ss.get(lo).index();
    }
}
