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
 * the two are one name. And an organisation named by a title held by
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
            NerMention m = mentions.get(i);
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
