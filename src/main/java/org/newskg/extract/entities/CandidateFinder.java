package org.newskg.extract.entities;

import org.newskg.extract.Cues;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.NerMention;
import org.newskg.model.ParsedDocument;
import org.newskg.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the spans that may name an entity: NER names, groups ("Russian hackers"), works, nominals. */
final class CandidateFinder {

    static final Map<String, String> NER_TYPES = Map.of(
            "PERSON", "PERSON", "ORGANIZATION", "ORGANIZATION", "LOCATION", "LOCATION", "CITY", "LOCATION",
            "COUNTRY", "LOCATION", "STATE_OR_PROVINCE", "LOCATION", "HANDLE", "HANDLE");
    private static final Set<String> NAME_MODIFIER_NER = Set.of("NATIONALITY", "COUNTRY", "ORGANIZATION", "PERSON",
            "LOCATION", "CITY", "STATE_OR_PROVINCE");

    private final ParsedDocument doc;
    private final List<SentenceGraph> graphs;
    private final Cues cues;

    CandidateFinder(ParsedDocument doc, List<SentenceGraph> graphs, Cues cues) {
        this.doc = doc;
        this.graphs = graphs;
        this.cues = cues;
    }

    List<Candidate> find() {
        List<Candidate> out = new ArrayList<>();
        for (NerMention m : NerSpans.correct(doc.entities(), graphs, cues)) {
            Candidate c = name(m);
            if (c != null) {
                out.add(c);
            }
        }
        for (SentenceGraph g : graphs) {
            for (int t = 0; t < g.size(); t++) {
                noun(g, t, out);
            }
            missedPeople(g, out);
        }
        return out;
    }

    private Candidate name(NerMention m) {
        String type = NER_TYPES.get(m.type());
        if (type == null) {
            return null;
        }
        SentenceGraph g = graphs.get(m.sentence());
        int begin = m.beginToken();
        int end = m.endToken();
        if (g.token(begin).pos().startsWith("PRP") || g.token(begin).pos().equals("WP")) {
            return null;
        }
        while (end > begin && isPossessive(g.token(end - 1))) {
            end--;
        }
        if (end <= begin) {
            return null;
        }
        // "The Atlantic", "The New York Times": a capitalised "The" inside a sentence belongs to the name
        if (begin > 0 && g.token(begin - 1).word().equals("The") && !"PERSON".equals(type)) {
            begin--;
            type = "ORGANIZATION";
        }
        // "the Russian Ministry of Foreign Affairs": a nationality right before an organisation is part of it
        if ("ORGANIZATION".equals(type) && begin > 0 && "NATIONALITY".equals(g.token(begin - 1).ner())) {
            begin--;
        }
        end = beforeTitledClause(g, begin, end);
        String text = g.text(begin, end - 1);
        return new Candidate(m.sentence(), begin, end, headOf(g, begin, end), text, Candidate.Kind.NAME, type);
    }

    /**
     * "an address to Congress the President had delivered": NER ran a name into the clause after
     * it; the name ends before an inner lowercase "the" that opens a title ("the President").
     */
    private int beforeTitledClause(SentenceGraph g, int begin, int end) {
        for (int k = begin + 1; k < end - 1; k++) {
            if (g.token(k).word().equals("the") && !g.token(k - 1).pos().equals("IN") && !g.token(k - 1).pos().equals("CC")
                    && cues.titleRelation(g.token(k + 1).word()) != null) {
                return k;
            }
        }
        return end;
    }

    private static boolean isPossessive(Token t) {
        return t.pos().equals("POS") || t.word().equals("\u2019s") || t.word().equals("'s");
    }

    /** The token of the span whose governor lies outside it. */
    static int headOf(SentenceGraph g, int begin, int end) {
        for (int t = end - 1; t >= begin; t--) {
            boolean outside = g.incoming(t).stream().anyMatch(d -> d.governor() < begin || d.governor() >= end);
            if (outside || g.incoming(t).isEmpty()) {
                return t;
            }
        }
        return end - 1;
    }

    private void noun(SentenceGraph g, int t, List<Candidate> out) {
        Token tok = g.token(t);
        if (!tok.pos().startsWith("NN")) {
            return;
        }
        String word = tok.word().toLowerCase();
        boolean group = cues.is("group", word);
        boolean work = cues.is("work", word) || cues.is("work", g.lemma(t));
        if (work && splitCoordinatedOwners(g, t, out)) {
            return;
        }
        if (group || work) {
            int left = leftmostModifier(g, t, group);
            Candidate.Kind kind = group ? Candidate.Kind.GROUP : Candidate.Kind.WORK;
            if (left < t) {
                out.add(new Candidate(g.sentence().index(), left, t + 1, t, g.text(left, t), kind, null));
                return;
            }
            out.add(new Candidate(g.sentence().index(), t, t + 1, t, tok.word(), Candidate.Kind.NOMINAL,
                    group ? "GROUP" : "WORK"));
            return;
        }
        int[] quoted = QuotedNames.span(g, t, cues);
        if (quoted != null) {
            out.add(new Candidate(g.sentence().index(), quoted[0], quoted[1] + 1, t, g.text(quoted[0], quoted[1]),
                    Candidate.Kind.WORK, null));
            return;
        }
        if (isUnrecognisedName(g, t)) {
            int begin = t > 1 && g.token(t - 1).word().equals("The") ? t - 1 : t;
            out.add(new Candidate(g.sentence().index(), begin, t + 1, t, g.text(begin, t), Candidate.Kind.NAME,
                    "ORGANIZATION"));
            return;
        }
        if ((cues.is("anaphor", word) || cues.kinRole(word) != null) && hasDefiniteDeterminer(g, t)) {
            int left = cues.kinRole(word) != null ? leftmostAny(g, t) : t;
            out.add(new Candidate(g.sentence().index(), left, t + 1, t, g.text(left, t), Candidate.Kind.NOMINAL,
                    cues.kinRole(word) != null ? "KIN" : "ANAPHOR"));
        }
    }

    /** "the DNC and Podesta emails" names two works: one per coordinated name modifier. */
    private boolean splitCoordinatedOwners(SentenceGraph g, int t, List<Candidate> out) {
        List<Integer> owners = new ArrayList<>();
        for (int m : g.childrenExact(t, "compound")) {
            if (m < t && g.token(m).pos().startsWith("NNP")) {
                owners.add(m);
            }
        }
        boolean coordinated = owners.size() > 1 && owners.stream().anyMatch(m -> g.hasChild(m, "conj"));
        if (!coordinated) {
            return false;
        }
        for (int m : owners) {
            String text = g.text(m, m) + " " + g.token(t).word();
            out.add(new Candidate(g.sentence().index(), m, t + 1, t, text, Candidate.Kind.WORK, null));
        }
        return true;
    }

    /**
     * "the Wall Street Journal's Byron Tau", "reporter Jane Roe": two or more capitalised words
     * NER left out, after a possessive or a title word, name a person.
     */
    private void missedPeople(SentenceGraph g, List<Candidate> out) {
        int t = 1;
        while (t < g.size()) {
            int end = t;
            while (end < g.size() && isBareProperWord(g.token(end))) {
                end++;
            }
            boolean cue = isPossessive(g.token(t - 1)) || cues.titleRelation(g.token(t - 1).word()) != null;
            if (end - t >= 2 && cue) {
                out.add(new Candidate(g.sentence().index(), t, end, end - 1, g.text(t, end - 1), Candidate.Kind.NAME, "PERSON"));
            }
            t = Math.max(end, t + 1);
        }
    }

    private static boolean isBareProperWord(Token t) {
        return t.pos().equals("NNP") && "O".equals(t.ner()) && Character.isUpperCase(t.word().charAt(0));
    }

    /** "the Office", "the Forum": a capitalised noun the writer uses as a name, that NER left out. */
    private static boolean isUnrecognisedName(SentenceGraph g, int t) {
        Token tok = g.token(t);
        return tok.pos().equals("NNP") && "O".equals(tok.ner()) && t > 0 && g.childrenExact(t, "compound").isEmpty()
                && g.childrenExact(t, "det").stream().anyMatch(d -> g.token(d).word().equalsIgnoreCase("the"))
                && Character.isUpperCase(tok.word().charAt(0)) && tok.word().length() > 2;
    }

    private static boolean hasDefiniteDeterminer(SentenceGraph g, int t) {
        for (int d : g.children(t, "det")) {
            String w = g.token(d).word().toLowerCase();
            if (w.equals("the") || w.equals("this") || w.equals("that")) {
                return true;
            }
        }
        return g.hasChild(t, "nmod:poss");
    }

    /** Leftmost name-like modifier (compound, adjective, possessor name) of a group or work noun. */
    private int leftmostModifier(SentenceGraph g, int t, boolean group) {
        int left = t;
        for (var d : g.outgoing(t)) {
            int m = d.dependent();
            if (m >= t || !isNameModifier(g, d.relation(), m) || group && isPlainAdjective(g, d.relation(), m)
                    || d.relation().equals("nmod:poss") && g.token(t - 1).pos().equals("WP$")) {
                // "Lisa Crane, whose team": the owner is the antecedent of "whose", outside the group's words
                continue;
            }
            int[] span = g.span(m);
            left = Math.min(left, span[0]);
        }
        while (left > 0 && left == t && isNamePart(g.token(left - 1))) {
            left--;
        }
        while (left > 0 && left < t && isNamePart(g.token(left - 1)) && isNamePart(g.token(left))) {
            left--;
        }
        while (left < t && isSkippable(g.token(left))) {
            left++;
        }
        return left;
    }

    /** A token that belongs to a proper name right before a group noun ("Clinton campaign"). */
    private static boolean isNamePart(Token t) {
        return t.pos().startsWith("NNP") || NAME_MODIFIER_NER.contains(t.ner()) && !t.pos().startsWith("PRP");
    }

    private static int leftmostAny(SentenceGraph g, int t) {
        int left = t;
        for (var d : g.outgoing(t)) {
            if (d.dependent() < t && !d.relation().equals("det") && !d.relation().equals("punct")) {
                left = Math.min(left, g.span(d.dependent())[0]);
            }
        }
        return left;
    }

    /**
     * "Clever hackers", "incoming Administration officials": an adjective that says what a group
     * is like rather than what it belongs to does not make the group a name. Only relational
     * adjectives do ("congressional investigators", "federal prosecutors", "military officials"):
     * those formed from a noun, known by their ending; NER-typed and proper adjectives always do.
     */
    private static boolean isPlainAdjective(SentenceGraph g, String rel, int m) {
        Token tok = g.token(m);
        String w = tok.word().toLowerCase(java.util.Locale.ROOT);
        return rel.equals("amod") && !NAME_MODIFIER_NER.contains(tok.ner()) && !tok.pos().startsWith("NNP")
                && !RELATIONAL_ENDING.matcher(w).find();
    }

    private static final java.util.regex.Pattern RELATIONAL_ENDING = java.util.regex.Pattern.compile("(al|ic|ary|ian|an|ese|ist)$");

    private boolean isNameModifier(SentenceGraph g, String rel, int m) {
        Token tok = g.token(m);
        boolean named = tok.pos().startsWith("NNP") || NAME_MODIFIER_NER.contains(tok.ner());
        return switch (rel) {
            case "compound" -> named || tok.pos().startsWith("NN") && !tok.pos().startsWith("NNP") && m > 0;
            case "amod" -> tok.pos().startsWith("JJ") && !tok.pos().equals("JJS") && !isEvaluative(tok)
                    || NAME_MODIFIER_NER.contains(tok.ner());
            case "nmod:poss" -> named;
            default -> false;
        };
    }

    /** Adjectives that describe rather than name ("other messages", "the full report"): from cues.tsv. */
    private boolean isEvaluative(Token t) {
        return cues.is("descriptive", t.word().toLowerCase());
    }

    private static boolean isSkippable(Token t) {
        return t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals(",");
    }
}
