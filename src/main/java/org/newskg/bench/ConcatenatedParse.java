package org.newskg.bench;

import org.newskg.model.CorefChain;
import org.newskg.model.CorefMention;
import org.newskg.model.Document;
import org.newskg.model.NerMention;
import org.newskg.model.ParsedDocument;
import org.newskg.model.QuoteSpan;
import org.newskg.model.Sentence;
import org.newskg.model.TimeExpression;
import org.newskg.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * One long annotated document made of several annotated ones, end to end (a blank line between
 * them), as if CoreNLP had read them as one text: sentence numbers, offsets and coreference chain
 * ids are shifted, nothing is re-annotated. For measuring how extraction cost grows with a
 * document's length without running CoreNLP on a 64,000-token text.
 */
public final class ConcatenatedParse {

    private static final String GAP = "\n\n";

    private ConcatenatedParse() {
    }

    /**
     * The parts, repeated in turn, until the result has at least {@code minTokens} tokens.
     *
     * @param parts  annotated documents (at least one with a token)
     * @param source the concatenated document's source name
     */
    public static ParsedDocument of(List<ParsedDocument> parts, int minTokens, String source) {
        return join(parts, minTokens, source, false);
    }

    /**
     * Like {@link #of}, but the last part is cut after the sentence that reaches {@code tokens},
     * so the result has about that many tokens (within one sentence).
     */
    public static ParsedDocument about(List<ParsedDocument> parts, int tokens, String source) {
        return join(parts, tokens, source, true);
    }

    private static ParsedDocument join(List<ParsedDocument> parts, int minTokens, String source, boolean cut) {
        if (parts.stream().mapToInt(ParsedDocument::tokenCount).sum() == 0) {
            throw new IllegalArgumentException("nothing to concatenate: no tokens in " + parts.size() + " documents");
        }
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<NerMention> entities = new ArrayList<>();
        List<CorefChain> chains = new ArrayList<>();
        List<QuoteSpan> quotes = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        int tokens = 0;
        int codePoints = 0;
        int nextChain = 0;
        for (int i = 0; tokens < minTokens; i = (i + 1) % parts.size()) {
            ParsedDocument p = parts.get(i);
            if (cut && tokens + p.tokenCount() > minTokens) {
                p = prefix(p, minTokens - tokens);
            }
            if (text.length() > 0) {
                text.append(GAP);
                codePoints += GAP.length();
            }
            int off = codePoints;
            int s0 = sentences.size();
            for (Sentence s : p.sentences()) {
                List<Token> ts = s.tokens().stream().map(t -> new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(),
                        t.begin() + off, t.end() + off)).toList();
                sentences.add(new Sentence(s.index() + s0, s.begin() + off, s.end() + off, ts, s.dependencies()));
            }
            p.entities().forEach(e -> entities.add(new NerMention(e.sentence() + s0, e.beginToken(), e.endToken(), e.text(), e.type())));
            int maxChain = -1;
            for (CorefChain c : p.chains()) {
                chains.add(new CorefChain(c.id() + nextChain, c.mentions().stream().map(m -> new CorefMention(
                        m.sentence() + s0, m.beginToken(), m.endToken(), m.headToken(), m.text(), m.kind())).toList()));
                maxChain = Math.max(maxChain, c.id());
            }
            nextChain += maxChain + 1;
            p.quotes().forEach(q -> quotes.add(new QuoteSpan(q.begin() + off, q.end() + off, q.text(), q.sentence() + s0,
                    q.speakerHint())));
            p.times().forEach(t -> times.add(new TimeExpression(t.sentence() + s0, t.beginToken(), t.endToken(), t.text(),
                    t.value(), t.type())));
            String body = p.document().text();
            text.append(body);
            codePoints += body.codePointCount(0, body.length());
            tokens += p.tokenCount();
        }
        Document first = parts.get(0).document();
        Document doc = new Document(text.toString(), null, first.date(), source);
        return new ParsedDocument(doc, sentences, entities, chains, quotes, times);
    }

    /** The first sentences of a document, up to the one that reaches {@code tokens}, and what lies in them. */
    static ParsedDocument prefix(ParsedDocument p, int tokens) {
        int n = 0;
        int count = 0;
        while (n < p.sentences().size() && count < tokens) {
            count += p.sentences().get(n).tokens().size();
            n++;
        }
        int keep = n;
        List<Sentence> sentences = p.sentences().subList(0, keep);
        int end = sentences.isEmpty() ? 0 : sentences.get(keep - 1).end();
        Document d = p.document();
        String text = d.slice(0, end);
        List<CorefChain> chains = new ArrayList<>();
        for (CorefChain c : p.chains()) {
            List<CorefMention> ms = c.mentions().stream().filter(m -> m.sentence() < keep).toList();
            if (!ms.isEmpty()) {
                chains.add(new CorefChain(c.id(), ms));
            }
        }
        return new ParsedDocument(new Document(text, d.title(), d.date(), d.source()), sentences,
                p.entities().stream().filter(e -> e.sentence() < keep).toList(), chains,
                p.quotes().stream().filter(q -> q.sentence() < keep && q.end() <= end).toList(),
                p.times().stream().filter(t -> t.sentence() < keep).toList());
    }
}
