package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.QuoteSpan;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Would you be able to speak to Emin about it directly?": inside a quotation with a known
 * speaker and addressee, a question asking what "you" could or would do is a request.
 */
public final class QuotedQuestions {

    private static final Set<String> MODALS = Set.of("would", "could", "can", "will");

    private final DocContext ctx;

    public QuotedQuestions(DocContext ctx) {
        this.ctx = ctx;
    }

    public List<Relation> extract() {
        List<Relation> out = new ArrayList<>();
        for (Map.Entry<QuoteSpan, String> e : ctx.addressees().entrySet()) {
            String speaker = ctx.speakers().get(e.getKey());
            if (speaker == null) {
                continue;
            }
            for (SentenceGraph g : ctx.graphs()) {
                int b = g.sentence().begin();
                if (b >= e.getKey().begin() && b < e.getKey().end() && isRequestToYou(g)) {
                    String text = ctx.doc().document().slice(g.sentence().begin(), g.sentence().end()).strip();
                    out.add(new Relation(speaker, "solicited", e.getValue(), "?", text.replaceAll("[\"\u201d]+$", ""),
                            null, ctx.time().sentenceDate(g.sentence().index()), false, false, null, 0.55,
                            g.sentence().index()));
                }
            }
        }
        return out;
    }

    private static boolean isRequestToYou(SentenceGraph g) {
        String text = g.text(0, g.size() - 1).strip();
        if (!text.replaceAll("[\"\u201d\u2019']+$", "").endsWith("?")) {
            return false;
        }
        for (int v = 0; v < g.size(); v++) {
            boolean you = g.children(v, "nsubj").stream().anyMatch(n -> g.token(n).word().equalsIgnoreCase("you"));
            boolean modal = g.children(v, "aux").stream().anyMatch(a -> MODALS.contains(g.token(a).word().toLowerCase()));
            if (you && modal) {
                return true;
            }
        }
        return false;
    }
}
