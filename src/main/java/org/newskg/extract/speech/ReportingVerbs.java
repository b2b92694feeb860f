package org.newskg.extract.speech;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.extract.entities.Names;
import org.newskg.extract.relations.Arguments;
import org.newskg.model.Dependency;
import org.newskg.model.EntityType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The verbs that introduce quotations (cue category {@code reporting}) and who speaks through
 * them: the verb's subject outside any quotation, a person or organisation, and whom it
 * addresses ("wrote to Cohen", "told Fox News").
 */
final class ReportingVerbs {

    private final DocContext ctx;
    private final Arguments args;

    ReportingVerbs(DocContext ctx) {
        this.ctx = ctx;
        this.args = new Arguments(ctx);
    }

    boolean isReportingVerb(SentenceGraph g, int t) {
        if (!g.token(t).pos().startsWith("VB") || !ctx.cues().is("reporting", g.lemma(t))) {
            return false;
        }
        if (g.lemma(t).equals("go")) {
            return g.children(t, "compound:prt").stream().anyMatch(p -> g.token(p).word().equalsIgnoreCase("on"));
        }
        return true;
    }

    /**
     * Whether a verb introduces this quotation: a reporting verb near it (in a relative clause,
     * only a quotation inside that clause: "which the agency noted as unusual" reports its
     * antecedent), or a verb that characterises (cue category {@code characterising}: "calling the deal 'a triumph'", "which
     * critics called 'reckless'") with the quotation inside its own phrase.
     */
    boolean introduces(SentenceGraph g, int t, org.newskg.model.QuoteSpan q) {
        boolean reporting = isReportingVerb(g, t);
        boolean relative = false;
        for (var d : g.incoming(t)) {
            if (d.relation().equals("acl:relcl")) {
                relative = true;
                if (reporting && !ctx.cues().is("characterising", g.lemma(t)) && g.childrenExact(t, "obj").contains(d.governor())) {
                    return false;
                }
            }
        }
        if (reporting && !relative) {
            return true;
        }
        if (!reporting && (!g.token(t).pos().startsWith("VB") || !ctx.cues().is("characterising", g.lemma(t)))) {
            return false;
        }
        int[] span = g.span(t);
        return g.token(span[0]).begin() <= q.begin() + 1 && q.end() - 1 <= g.token(span[1]).end() + 1;
    }

    /**
     * The speaker: the verb's subject outside any quotation, a person or organisation; for a
     * participle ("sent an iMessage to Manafort stating ...") the subject of the verb it hangs on.
     */
    String subjectOf(SentenceGraph g, int sentence, int verb) {
        int series = ComplementSeries.clauseOf(g, verb);
        if (series >= 0) {
            return subjectOf(g, sentence, series);
        }
        for (int subj : g.children(verb, "nsubj")) {
            if (ctx.quoteAt(g.token(subj).begin()) != null) {
                continue;
            }
            String agent = agent(args.entities(g, sentence, List.of(subj)));
            if (agent == null) {
                agent = titled(g, subj);
            }
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
            Dependency up = g.incoming(node).stream().filter(d -> d.governor() >= 0
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

    /**
     * Whom a reporting verb addresses: "wrote to Cohen", "told Fox News", "emailed Trump Jr.";
     * else whom the same speaker messages elsewhere in the sentence ("messaged X: '...', W wrote").
     */
    String addresseeOf(SentenceGraph g, int sentence, int verb) {
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

    String directAddressee(SentenceGraph g, int sentence, int verb) {
        List<Integer> tokens = new ArrayList<>(g.childrenExact(verb, "obl:to"));
        tokens.addAll(g.childrenExact(verb, "iobj"));
        tokens.addAll(g.childrenExact(verb, "obj"));
        tokens.removeIf(t -> ctx.quoteAt(g.token(t).begin()) != null);
        return agent(args.entities(g, sentence, tokens));
    }

    /**
     * "McGahn recalled that the President said ...": a bare definite title the parse leaves
     * unnamed is the person the document names by that title alone, if it names one.
     */
    private String titled(SentenceGraph g, int t) {
        if (!"TITLE".equals(g.token(t).ner()) && ctx.cues().titleRelation(g.token(t).word()) == null) {
            return null;
        }
        int first = t;
        while (first > 0 && "TITLE".equals(g.token(first - 1).ner())) {
            first--;
        }
        if (first == 0 || !g.token(first - 1).word().equalsIgnoreCase("the")) {
            return null;
        }
        String title = Names.normalize(g.text(first, t));
        String found = null;
        for (var e : ctx.entities().entities().values()) {
            if (e.type() == EntityType.PERSON && Names.normalize(e.label()).equals(title)) {
                if (found != null) {
                    return null;
                }
                found = e.key();
            }
        }
        return found;
    }

    /** The first key that names a person or organisation (not a work), or null. */
    String agent(List<String> keys) {
        for (String key : keys) {
            var e = ctx.entities().entity(key);
            if (e != null && e.type() != EntityType.WORK) {
                return key;
            }
        }
        return null;
    }
}
