package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.speech.Hypotheticals;
import org.newskg.model.QuoteSpan;
import org.newskg.model.Relation;

import java.util.List;

/**
 * "You're a good guy", "Ann Lee was an extraordinary woman": inside a quotation, a copular clause
 * whose subject is "you" (the quotation's addressee) or a named person or organisation, and whose
 * predicate praises or blames ({@link Evaluations}), is the speaker's praise or criticism of it.
 * The speaker's own words about themselves, questions and suppositions give nothing.
 */
final class QuotedEvaluations extends TokenRule {

    private final Evaluations evaluations;
    private final ActAgents acts;

    QuotedEvaluations(DocContext ctx) {
        super(ctx);
        this.evaluations = new Evaluations(ctx.cues());
        this.acts = new ActAgents(ctx);
    }

    @Override
    void token(SentenceGraph g, int s, int p, List<Relation> out) {
        QuoteSpan q = ctx.quoteAt(g.token(p).begin());
        String speaker = q == null ? null : ctx.speakers().get(q);
        if (speaker == null || g.childrenExact(p, "cop").isEmpty() || Hypotheticals.covers(g, p)) {
            return;
        }
        List<Integer> subjects = g.childrenExact(p, "nsubj");
        if (subjects.size() != 1 || ctx.quoteAt(g.token(subjects.get(0)).begin()) != q) {
            return;
        }
        int subj = subjects.get(0);
        String property = evaluations.property(g, p, null);
        // "you" or a proper name; a pronoun of the third person inside a quotation is read less surely
        if (property == null || property.equals("opposed")
                || !g.token(subj).word().equalsIgnoreCase("you") && !g.token(subj).pos().startsWith("NNP")) {
            return;
        }
        List<String> targets = acts.agents(ctx.entitiesAt(s, subj));
        if (targets.size() != 1 || targets.get(0).equals(speaker)) {
            return;
        }
        out.add(new Relation(speaker, property, targets.get(0), g.token(p).word(), null, null,
                ctx.time().sentenceDate(s), false, false, speaker, 0.6, s));
    }
}
