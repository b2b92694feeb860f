package org.newskg.extract.entities;

import org.newskg.extract.Cues;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.NerMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Corrects NER's spans before they become candidates. CoreNLP's fine-grained types cut a place
 * name off the name it qualifies: "the United States Embassy" comes as COUNTRY "United States"
 * and LOCATION "Embassy", "Riverside County" as CITY and LOCATION, "Bramwell Tower" as LOCATION and
 * CITY ("Bramwell Tower Kelso" as LOCATION and CITY "Tower Kelso"); where the place is a compound
 * of the next name's head (a LOCATION, a one-word CITY, or a longer CITY's first word),
 * the two are one name. A name run into the dateline before it loses the dateline
 * ("BASEL - Tamsin Pharmaceuticals Inc."). And an organisation named by a title held by
 * the person it stands in apposition to ("Aliyev, the Supreme Leader of Freedonia") is that
 * person's title, not an organisation.
 */
final class NerSpans {

    private static final Set<String> PLACES = Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION");

    private NerSpans() {
    }

    static List<NerMention> correct(List<NerMention> mentions, List<SentenceGraph> graphs, Cues cues) {
        List<NerMention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            NerMention m = withoutDateline(mentions.get(i), graphs.get(mentions.get(i).sentence()));
            NerMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (next != null && joins(m, next, graphs)) {
                SentenceGraph g = graphs.get(m.sentence());
                out.add(new NerMention(m.sentence(), m.beginToken(), next.endToken(),
                        g.text(m.beginToken(), next.endToken() - 1), next.type()));
                i++;
            } else if (!isTitleOfPerson(m, graphs.get(m.sentence()), cues)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * A name NER ran into the dateline before it: "BASEL - Tamsin Pharmaceuticals Inc." at the
     * start of a sentence, the place in capitals and a dash with spaces around it, is "Tamsin
     * Pharmaceuticals Inc." ("ABS-CBN Corporation" keeps its name).
     */
    static NerMention withoutDateline(NerMention m, SentenceGraph g) {
        if (m.beginToken() != 0) {
            return m;
        }
        for (int k = 1; k < m.endToken() - 1; k++) {
            String w = g.token(k).word();
            boolean spaced = g.token(k).begin() > g.token(k - 1).end() && g.token(k + 1).begin() > g.token(k).end();
            if (spaced && (w.equals("-") || w.equals("--") || w.equals("\u2013") || w.equals("\u2014"))) {
                return new NerMention(m.sentence(), k + 1, m.endToken(), g.text(k + 1, m.endToken() - 1), m.type());
            }
            if (w.length() < 2 || !w.equals(w.toUpperCase(java.util.Locale.ROOT)) || !w.chars().allMatch(Character::isLetter)) {
                return m;
            }
        }
        return m;
    }

    /** "United States" + "Embassy": a place right before a place-typed name, compound of its head. */
    private static boolean joins(NerMention m, NerMention next, List<SentenceGraph> graphs) {
        // a one-word "city" a place name qualifies ("Bramwell Tower") is a building's head noun, not a
        // city, and so is the first word of a longer "city" the place is a compound of; a country
        // after a name ("Acme USA") is another matter
        boolean city = "CITY".equals(next.type());
        boolean oneWordPlace = city && next.endToken() - next.beginToken() == 1;
        if (m.sentence() != next.sentence() || m.endToken() != next.beginToken() || !PLACES.contains(m.type())
                || !"LOCATION".equals(next.type()) && !city) {
            return false;
        }
        SentenceGraph g = graphs.get(m.sentence());
        int head = CandidateFinder.headOf(g, next.beginToken(), next.endToken());
        int last = m.endToken() - 1;
        return g.incoming(last).stream().anyMatch(d -> d.relation().equals("compound")
                && d.governor() >= next.beginToken() && d.governor() < next.endToken() && d.governor() <= head
                && (!city || oneWordPlace || d.governor() == next.beginToken()));
    }

    /** An organisation whose head is a person's title, in apposition with a person's name. */
    private static boolean isTitleOfPerson(NerMention m, SentenceGraph g, Cues cues) {
        if (!"ORGANIZATION".equals(m.type())) {
            return false;
        }
        int head = CandidateFinder.headOf(g, m.beginToken(), m.endToken());
        if (cues.titleRelation(g.token(head).word()) == null || !Character.isUpperCase(g.token(head).word().charAt(0))) {
            return false;
        }
        return g.incoming(head).stream().anyMatch(d -> d.relation().equals("appos") && "PERSON".equals(g.token(d.governor()).ner()))
                || g.outgoing(head).stream().anyMatch(d -> d.relation().equals("appos") && "PERSON".equals(g.token(d.dependent()).ner()));
    }
}
