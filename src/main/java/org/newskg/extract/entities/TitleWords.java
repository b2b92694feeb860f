package org.newskg.extract.entities;

import org.newskg.extract.Cues;
import org.newskg.extract.SentenceGraph;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Justice Raymond Oyelaran ... Justice Priya Venkataraman": a word of office right before a
 * person's name is the person's title, even where NER tagged it as an organisation or a place
 * (and the one-word name was then found again elsewhere): it is no name, so it makes no node.
 */
final class TitleWords {

    private TitleWords() {
    }

    static List<Candidate> withoutTitles(List<Candidate> cands, List<SentenceGraph> graphs, Cues cues) {
        Set<Long> personStarts = new HashSet<>();
        for (Candidate c : cands) {
            if (c.kind() == Candidate.Kind.NAME && "PERSON".equals(c.nerType())) {
                personStarts.add(Clusters.key(c.sentence(), c.begin()));
            }
        }
        return cands.stream().filter(c -> !isTitle(c, graphs.get(c.sentence()), cues, personStarts)).toList();
    }

    private static boolean isTitle(Candidate c, SentenceGraph g, Cues cues, Set<Long> personStarts) {
        if (c.kind() != Candidate.Kind.NAME || c.end() - c.begin() != 1 || "PERSON".equals(c.nerType())
                || !personStarts.contains(Clusters.key(c.sentence(), c.end()))) {
            return false;
        }
        String w = g.token(c.begin()).word();
        return Character.isUpperCase(w.charAt(0)) && cues.is("office", w.toLowerCase(Locale.ROOT))
                && g.incoming(c.begin()).stream().anyMatch(d -> d.relation().equals("compound"));
    }
}
