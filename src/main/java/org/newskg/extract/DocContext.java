package org.newskg.extract;

import org.newskg.extract.entities.ResolvedEntities;
import org.newskg.extract.entities.TitleAnaphors;
import org.newskg.extract.time.TimeResolver;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.ParsedDocument;
import org.newskg.model.QuoteSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * What the extractors of one document share: the parse, the sentence graphs, the resolved
 * entities, the dates, and the quotations (with their speakers once attributed).
 */
public record DocContext(ParsedDocument doc, List<SentenceGraph> graphs, ResolvedEntities entities, TimeResolver time,
                  Cues cues, List<QuoteSpan> quotes, java.util.Map<QuoteSpan, String> speakers,
                  java.util.Map<QuoteSpan, String> addressees, TitleAnaphors titles) {

    /** The quotation a code-point offset lies in, or null. */
    public QuoteSpan quoteAt(int offset) {
        for (QuoteSpan q : quotes) {
            if (offset >= q.begin() && offset < q.end()) {
                return q;
            }
        }
        return null;
    }

    /** The entities of one type at a token (see {@link #entitiesAt}). */
    public List<String> entitiesOfType(int sentence, int token, EntityType type) {
        List<String> out = new ArrayList<>();
        for (String key : entitiesAt(sentence, token)) {
            Entity e = entities().entity(key);
            if (e != null && e.type() == type) {
                out.add(key);
            }
        }
        return out;
    }

    /**
     * Entities a token refers to; inside a quotation, first-person pronouns refer to its speaker
     * and second-person ones to its addressee, when the text names them.
     */
    public List<String> entitiesAt(int sentence, int token) {
        SentenceGraph g = graphs.get(sentence);
        String w = g.token(token).word().toLowerCase();
        if (List.of("i", "we", "me", "us", "my", "our").contains(w)) {
            QuoteSpan q = quoteAt(g.token(token).begin());
            String speaker = q == null ? null : speakers.get(q);
            if (speaker != null) {
                return List.of(speaker);
            }
        }
        if (w.equals("you") || w.equals("your")) {
            QuoteSpan q = quoteAt(g.token(token).begin());
            String addressee = q == null ? null : addressees.get(q);
            if (addressee != null) {
                return List.of(addressee);
            }
        }
        if (w.equals("himself") || w.equals("herself")) {
            List<String> subject = reflexive(g, sentence, token);
            if (!subject.isEmpty()) {
                return subject;
            }
        }
        List<String> keys = entities.at(sentence, token);
        if (!keys.isEmpty() && (w.equals("him") || w.equals("her") && g.token(token).pos().equals("PRP"))
                && quoteAt(g.token(token).begin()) == null && keys.stream().anyMatch(clauseSubjects(g, sentence, token)::contains)) {
            // "X asked him", "X began writing to him": an object pronoun is not its own clause's subject
            return pronounFallback(g, sentence, token, w);
        }
        if (keys.isEmpty() && titles != null) {
            String holder = titles.holder(g, token, cues);
            if (holder != null) {
                return List.of(holder);
            }
        }
        return keys.isEmpty() ? pronounFallback(g, sentence, token, w) : keys;
    }

    private static final java.util.Set<String> THIRD_PERSON = java.util.Set.of("he", "him", "his", "she", "her",
            "himself", "herself");

    /**
     * Where coreference left a "he", "him" or "his" unresolved: the nearest person named before it,
     * in the same sentence or the one before, other than the subject of its own clause for "him".
     */
    private List<String> pronounFallback(SentenceGraph g, int sentence, int token, String w) {
        if (!THIRD_PERSON.contains(w) || quoteAt(g.token(token).begin()) != null) {
            return List.of();
        }
        if (w.endsWith("self")) {
            return List.of();
        }
        java.util.Set<String> exclude = new java.util.HashSet<>();
        if (w.equals("him") || w.equals("her")) {
            exclude.addAll(clauseSubjects(g, sentence, token));
        }
        for (int s = sentence; s >= Math.max(0, sentence - 1); s--) {
            SentenceGraph sg = graphs.get(s);
            int from = s == sentence ? token - 1 : sg.size() - 1;
            for (int t = from; t >= 0; t--) {
                for (String key : entities.at(s, t)) {
                    var e = entities.entity(key);
                    if (e != null && e.type() == org.newskg.model.EntityType.PERSON && !exclude.contains(key)
                            && !isPronoun(sg.token(t).pos())) {
                        return List.of(key);
                    }
                }
            }
        }
        return List.of();
    }

    /** The subjects of the clause a pronoun is an argument of, through open clauses ("began exchanging emails with him"). */
    private java.util.Set<String> clauseSubjects(SentenceGraph g, int sentence, int token) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (var d : g.incoming(token)) {
            // "asking him to ground the fleet": as the subject of the open clause it is no object there
            Integer v = d.governor() >= 0 && !d.relation().startsWith("nsubj") ? d.governor() : null;
            for (int depth = 0; v != null && depth < 3; depth++) {
                int verb = v;
                g.children(verb, "nsubj").stream().filter(n -> n != token).forEach(n -> out.addAll(entities.at(sentence, n)));
                v = g.children(verb, "nsubj").isEmpty() ? ClauseLinks.controller(g, verb) : null;
            }
        }
        return out;
    }

    /** "introduced himself": the subject of the same clause. */
    private List<String> reflexive(SentenceGraph g, int sentence, int token) {
        for (var d : g.incoming(token)) {
            for (int n : d.governor() >= 0 ? g.children(d.governor(), "nsubj") : List.<Integer>of()) {
                List<String> subject = entities.at(sentence, n);
                for (var a : g.incoming(n)) {
                    // "Millian, an American citizen who ..., introduced himself": the apposition's name
                    subject = subject.isEmpty() && a.relation().equals("appos") && a.governor() >= 0
                            ? entities.at(sentence, a.governor()) : subject;
                }
                if (!subject.isEmpty()) {
                    return subject;
                }
            }
        }
        return List.of();
    }

    private static boolean isPronoun(String pos) {
        return pos.startsWith("PRP");
    }
}
