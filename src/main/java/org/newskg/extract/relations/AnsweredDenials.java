package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.speech.Voice;
import org.newskg.extract.time.TriggerDates;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;

/**
 * "Y answered 'no' to a question asking whether he had been in contact with X": a no given to a
 * whether-question is a denial by whoever answers, of the question, concerning the first name the
 * question holds (pronouns, whose reading is least sure, are skipped).
 */
final class AnsweredDenials extends TokenRule {

    AnsweredDenials(DocContext ctx) {
        super(ctx);
    }

    @Override
    void token(SentenceGraph g, int s, int v, List<Relation> out) {
        if (!g.token(v).pos().startsWith("VB") || !ctx.cues().is("answering", g.lemma(v))) {
            return;
        }
        List<String> answerers = args.subjects(g, s, v);
        Integer no = answerNo(g, v);
        if (answerers.size() != 1 || no == null) {
            return;
        }
        for (int question : questions(g, v, no)) {
            for (int clause : whetherClauses(g, question)) {
                int[] span = g.span(clause);
                String object = firstName(g, s, span, answerers.get(0));
                if (object != null) {
                    String theme = g.text(span[0], span[1]).replaceAll("^(whether|if)\\s+", "")
                            .replaceAll("[\u201c\u201d\"]", "").replaceAll("[\\s,.;:]+$", "");
                    Voice voice = voices.voice(s, v, answerers);
                    for (String date : TriggerDates.of(ctx, g, s, v)) {
                        out.add(new Relation(answerers.get(0), "denied", object, g.token(v).word(), theme, null, date,
                                false, voice.hedged(), voice.attributedTo(), 0.6, s));
                    }
                    return;
                }
            }
        }
    }

    /** The verb's object (or quoted dep) when its words are a bare no ("no", "[n]o", "No."). */
    private Integer answerNo(SentenceGraph g, int v) {
        List<Integer> candidates = new ArrayList<>(g.childrenExact(v, "obj"));
        candidates.addAll(g.childrenExact(v, "dep"));
        for (int o : candidates) {
            int[] span = {o, o};
            var q = ctx.quoteAt(g.token(o).begin());
            String words = q != null ? q.text() : g.text(span[0], span[1]);
            if (words.replaceAll("[\\[\\]\"\u201c\u201d.!,\\s]", "").equalsIgnoreCase("no")) {
                return o;
            }
        }
        return null;
    }

    /** "to a question", hung on the verb or on its object. */
    private static List<Integer> questions(SentenceGraph g, int v, int no) {
        List<Integer> out = new ArrayList<>();
        for (int head : List.of(v, no)) {
            for (var d : g.outgoing(head)) {
                if ((d.relation().equals("obl:to") || d.relation().equals("nmod:to"))
                        && g.lemma(d.dependent()).equalsIgnoreCase("question")) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }

    /** "a question whether ...", "a question asking whether ...". */
    private static List<Integer> whetherClauses(SentenceGraph g, int question) {
        List<Integer> heads = new ArrayList<>(List.of(question));
        heads.addAll(g.children(question, "acl"));
        List<Integer> out = new ArrayList<>();
        for (int h : heads) {
            for (var d : g.outgoing(h)) {
                boolean clause = d.relation().equals("ccomp") || d.relation().startsWith("acl");
                if (clause && !out.contains(d.dependent()) && g.childrenExact(d.dependent(), "mark").stream()
                        .anyMatch(m -> g.token(m).word().equalsIgnoreCase("whether"))) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }

    private String firstName(SentenceGraph g, int s, int[] span, String answerer) {
        for (int t = span[0]; t <= span[1]; t++) {
            if (g.token(t).pos().startsWith("PRP")) {
                continue;
            }
            for (String key : ctx.entitiesAt(s, t)) {
                if (!key.equals(answerer)) {
                    return key;
                }
            }
        }
        return null;
    }
}
