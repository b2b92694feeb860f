package org.newskg.extract;

import org.newskg.model.Entity;
import org.newskg.model.QuoteSpan;
import org.newskg.model.Sentence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Finds who said each quotation: the subject of the reporting verb nearest to it in its
 * sentence ("WikiLeaks wrote", "told Fox News"); a quotation standing alone continues the
 * previous speaker ("went on"); a quotation after "X wrote:" is X's. CoreNLP's own guess is
 * the last resort.
 */
final class QuoteAttributor {

    private final DocContext ctx;
    private final Arguments args;
    private String lastAddressee;

    QuoteAttributor(DocContext ctx) {
        this.ctx = ctx;
        this.args = new Arguments(ctx);
    }

    /**
     * Speakers of the quotations; fills {@code addressees} with whom each was said or written to,
     * where the text names them ("Sater wrote to Cohen:", "told Fox News").
     */
    Map<QuoteSpan, String> attribute(Map<QuoteSpan, String> addressees) {
        Map<QuoteSpan, String> speakers = new HashMap<>();
        QuoteSpan previous = null;
        for (QuoteSpan q : ctx.quotes()) {
            lastAddressee = null;
            if (insideQuestion(q)) {
                continue;
            }
            String speaker = fromReportingVerb(q);
            if (speaker == null && previous != null && standsAlone(q) && close(previous, q)) {
                speaker = speakers.get(previous);
                lastAddressee = addressees.get(previous);
            }
            if (speaker == null) {
                speaker = fromIntroduction(q);
            }
            if (speaker == null) {
                speaker = byName(q.speakerHint());
            }
            if (speaker != null) {
                speakers.put(q, speaker);
            }
            if (lastAddressee == null && speaker != null) {
                lastAddressee = earlierAddressee(q, speaker, speakers, addressees);
            }
            if (lastAddressee != null && !lastAddressee.equals(speaker)) {
                addressees.put(q, lastAddressee);
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

    private String fromReportingVerb(QuoteSpan q) {
        int s = sentenceOf(q.begin());
        int e = sentenceOf(Math.max(q.begin(), q.end() - 1));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int si = s; si <= e; si++) {
            SentenceGraph g = ctx.graphs().get(si);
            for (int t = 0; t < g.size(); t++) {
                if (ctx.quoteAt(g.token(t).begin()) != null || !isReportingVerb(g, t)) {
                    continue;
                }
                String speaker = subjectOf(g, si, t);
                int distance = distance(g, t, q);
                if (speaker != null && distance < bestDistance) {
                    best = speaker;
                    bestDistance = distance;
                    lastAddressee = addresseeOf(g, si, t);
                }
            }
        }
        return best;
    }

    /** Whom the same speaker addressed in a quotation a few sentences before, if anyone. */
    private String earlierAddressee(QuoteSpan q, String speaker, Map<QuoteSpan, String> speakers,
                                    Map<QuoteSpan, String> addressees) {
        // the latest earlier quotation near q: scan back from q and stop once no earlier one can
        // be near (its begin more than 3 sentences back, and every end before it more than 2)
        List<QuoteSpan> quotes = ctx.quotes();
        int sq = sentenceOf(q.begin());
        for (int i = quoteIndex().getOrDefault(q, quotes.size()) - 1; i >= 0; i--) {
            QuoteSpan p = quotes.get(i);
            if (sq - sentenceOf(p.begin()) > 3 && sq - sentenceOf(Math.max(0, maxEndUpTo()[i] - 1)) > 2) {
                break;
            }
            if (p.begin() >= q.begin() || !close(p, q) && sq - sentenceOf(p.begin()) > 3) {
                continue;
            }
            if (speaker.equals(speakers.get(p)) && addressees.containsKey(p)) {
                return addressees.get(p);
            }
        }
        return null;
    }

    private Map<QuoteSpan, Integer> quoteIndex;
    private int[] maxEndUpTo;

    private Map<QuoteSpan, Integer> quoteIndex() {
        if (quoteIndex == null) {
            quoteIndex = new HashMap<>();
            List<QuoteSpan> quotes = ctx.quotes();
            for (int i = 0; i < quotes.size(); i++) {
                quoteIndex.putIfAbsent(quotes.get(i), i);
            }
        }
        return quoteIndex;
    }

    /** For each quotation, the largest end offset of it and every quotation before it. */
    private int[] maxEndUpTo() {
        if (maxEndUpTo == null) {
            List<QuoteSpan> quotes = ctx.quotes();
            maxEndUpTo = new int[quotes.size()];
            int max = 0;
            for (int i = 0; i < quotes.size(); i++) {
                max = Math.max(max, quotes.get(i).end());
                maxEndUpTo[i] = max;
            }
        }
        return maxEndUpTo;
    }

    /**
     * Whom a reporting verb addresses: "wrote to Cohen", "told Fox News", "emailed Trump Jr.";
     * else whom the same speaker messages elsewhere in the sentence ("messaged X: '...', W wrote").
     */
    private String addresseeOf(SentenceGraph g, int sentence, int verb) {
        String direct = directAddressee(g, sentence, verb);
        if (direct != null) {
            return direct;
        }
        String speaker = subjectOf(g, sentence, verb);
        for (int t = 0; t < g.size(); t++) {
            if (t != verb && isReportingVerb(g, t) && speaker != null && speaker.equals(subjectOf(g, sentence, t))) {
                String other = directAddressee(g, sentence, t);
                if (other != null) {
                    return other;
                }
            }
        }
        return null;
    }

    private String directAddressee(SentenceGraph g, int sentence, int verb) {
        List<Integer> tokens = new java.util.ArrayList<>(g.childrenExact(verb, "obl:to"));
        tokens.addAll(g.childrenExact(verb, "iobj"));
        tokens.addAll(g.childrenExact(verb, "obj"));
        tokens.removeIf(t -> ctx.quoteAt(g.token(t).begin()) != null);
        return agent(args.entities(g, sentence, tokens));
    }

    private boolean isReportingVerb(SentenceGraph g, int t) {
        if (!g.token(t).pos().startsWith("VB") || !ctx.cues().is("reporting", g.lemma(t))) {
            return false;
        }
        if (g.lemma(t).equals("go")) {
            return g.children(t, "compound:prt").stream().anyMatch(p -> g.token(p).word().equalsIgnoreCase("on"));
        }
        return true;
    }

    /**
     * The speaker: the verb's subject outside any quotation, a person or organisation; for a
     * participle ("sent an iMessage to Manafort stating ...") the subject of the verb it hangs on.
     */
    private String subjectOf(SentenceGraph g, int sentence, int verb) {
        for (int subj : g.children(verb, "nsubj")) {
            if (ctx.quoteAt(g.token(subj).begin()) != null) {
                continue;
            }
            String agent = agent(args.entities(g, sentence, List.of(subj)));
            if (agent != null) {
                return agent;
            }
        }
        if (!g.children(verb, "nsubj").isEmpty()) {
            return null;
        }
        String agent = agent(args.subjects(g, sentence, verb));
        boolean activeParticiple = g.token(verb).pos().equals("VBG");
        return agent != null || !activeParticiple ? agent : clauseAgent(g, sentence, verb);
    }

    /**
     * "Kushner sent an iMessage to Manafort stating ...": a participle hanging on a noun speaks
     * for the subject of the clause around it, not for the noun.
     */
    private String clauseAgent(SentenceGraph g, int sentence, int participle) {
        Set<String> skip = new HashSet<>();
        int node = participle;
        for (int steps = 0; steps < 8; steps++) {
            org.newskg.model.Dependency up = g.incoming(node).stream().filter(d -> d.governor() >= 0
                    && !d.relation().equals("ref")).findFirst().orElse(null);
            if (up == null) {
                return null;
            }
            node = up.governor();
            skip.addAll(ctx.entities().at(sentence, node));
            if (g.token(node).pos().startsWith("VB")) {
                for (String key : args.subjects(g, sentence, node)) {
                    if (!skip.contains(key) && agent(List.of(key)) != null) {
                        return key;
                    }
                }
            }
        }
        return null;
    }

    private String agent(List<String> keys) {
        for (String key : keys) {
            var e = ctx.entities().entity(key);
            if (e != null && e.type() != org.newskg.model.EntityType.WORK) {
                return key;
            }
        }
        return null;
    }

    private static int distance(SentenceGraph g, int t, QuoteSpan q) {
        int b = g.token(t).begin();
        return b >= q.end() ? b - q.end() : Math.max(0, q.begin() - g.token(t).end());
    }

    private boolean standsAlone(QuoteSpan q) {
        Sentence s = ctx.doc().sentences().get(sentenceOf(q.begin()));
        return q.begin() <= s.begin() + 1;
    }

    private boolean close(QuoteSpan previous, QuoteSpan q) {
        return sentenceOf(q.begin()) - sentenceOf(Math.max(previous.begin(), previous.end() - 1)) <= 2;
    }

    /** "The email stated:" or "Trump Jr. responded, emailing back:" just before the quotation. */
    private String fromIntroduction(QuoteSpan q) {
        int s = sentenceOf(q.begin());
        if (s == 0 || !standsAlone(q)) {
            return null;
        }
        Sentence prev = ctx.doc().sentences().get(s - 1);
        String text = ctx.doc().document().slice(prev.begin(), prev.end()).trim();
        if (!text.endsWith(":")) {
            return null;
        }
        SentenceGraph g = ctx.graphs().get(s - 1);
        for (int t = g.size() - 1; t >= 0; t--) {
            if (isReportingVerb(g, t)) {
                String speaker = subjectOf(g, s - 1, t);
                if (speaker != null) {
                    lastAddressee = addresseeOf(g, s - 1, t);
                    return speaker;
                }
            }
        }
        return lastContact(s - 1);
    }

    /**
     * "Goldstone emailed Trump Jr. The email stated: ...": when the introduction names only the
     * message, its sender and addressee are those of the contact told just before it.
     */
    private String lastContact(int sentence) {
        for (int si = sentence; si >= Math.max(0, sentence - 2); si--) {
            SentenceGraph g = ctx.graphs().get(si);
            for (int t = g.size() - 1; t >= 0; t--) {
                if (!isReportingVerb(g, t) || ctx.quoteAt(g.token(t).begin()) != null) {
                    continue;
                }
                String sender = subjectOf(g, si, t);
                String addressee = directAddressee(g, si, t);
                if (sender != null && addressee != null && !sender.equals(addressee)) {
                    lastAddressee = addressee;
                    return sender;
                }
            }
        }
        return null;
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
