package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.QuoteSpan;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A quotation that denies ("Nothing could be further from the truth") answering a question
 * told in the same sentence ("asked whether the campaign was in cahoots with X") is a denial
 * by its speaker, of that question, concerning the question's first entity.
 */
public final class QuoteDenials {

    private final DocContext ctx;

    public QuoteDenials(DocContext ctx) {
        this.ctx = ctx;
    }

    public List<Relation> extract() {
        List<Relation> out = new ArrayList<>();
        for (Map.Entry<QuoteSpan, String> e : ctx.speakers().entrySet()) {
            QuoteSpan q = e.getKey();
            if (!ctx.cues().isDenial(q.text())) {
                continue;
            }
            int s = sentenceOf(q);
            SentenceGraph g = ctx.graphs().get(s);
            for (int t = 0; t < g.size(); t++) {
                if (!g.lemma(t).equals("ask") && !g.lemma(t).equals("question")) {
                    continue;
                }
                for (int clause : g.children(t, "ccomp")) {
                    addDenial(g, s, clause, q, e.getValue(), out);
                }
            }
        }
        return out;
    }

    private void addDenial(SentenceGraph g, int s, int clause, QuoteSpan q, String speaker, List<Relation> out) {
        int[] span = g.span(clause);
        String theme = g.text(span[0], span[1]).replaceAll("^(whether|if)\\s+", "")
                .replaceAll("[\u201c\u201d\"]", "").replaceAll("[\\s,]+$", "");
        String object = null;
        for (int t = span[0]; t <= span[1] && object == null; t++) {
            for (String key : ctx.entitiesAt(s, t)) {
                if (!key.equals(speaker)) {
                    object = key;
                    break;
                }
            }
        }
        if (object != null) {
            out.add(new Relation(speaker, "denied", object, q.text(), theme, null, ctx.time().sentenceDate(s),
                    false, false, null, 0.7, s));
        }
    }

    private int sentenceOf(QuoteSpan q) {
        for (var sent : ctx.doc().sentences()) {
            if (q.begin() < sent.end()) {
                return sent.index();
            }
        }
        return ctx.doc().sentences().size() - 1;
    }
}
