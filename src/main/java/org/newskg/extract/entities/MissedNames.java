package org.newskg.extract.entities;

import org.newskg.extract.SentenceGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names NER tagged in one place and missed in another: a capitalised word that is a named
 * person's surname ("Sessions stated", "Page and Dvorkovich"; also a surname NER took for a
 * title, "Roe and Bishop" after "Ann Bishop", when it is joined to another name and carries
 * no determiner or name of its own), or that is, letter for letter, a one-word name found
 * elsewhere in the document ("NES board member", also where NER said MISC), or a run of capitalised words that is,
 * letter for letter, a longer organisation name found elsewhere ("which includes the Blue
 * Brigade" after "Iran's Blue Brigade").
 */
final class MissedNames {

    private MissedNames() {
    }

    static List<Candidate> find(List<Candidate> found, List<SentenceGraph> graphs) {
        Map<String, Set<String>> fullNames = new HashMap<>();
        Map<String, String> oneWordNames = new HashMap<>();
        Map<String, String> longOrgNames = new HashMap<>();
        Set<Long> covered = new HashSet<>();
        for (Candidate c : found) {
            for (int t = c.begin(); t < c.end(); t++) {
                covered.add(Clusters.key(c.sentence(), t));
            }
            if (c.kind() != Candidate.Kind.NAME) {
                continue;
            }
            List<String> words = Names.tokens(Names.normalize(c.text()));
            if ("PERSON".equals(c.nerType()) && c.end() - c.begin() > 1) {
                fullNames.computeIfAbsent(words.get(words.size() - 1), k -> new HashSet<>()).add(Names.normalize(c.text()));
            } else if ("ORGANIZATION".equals(c.nerType()) && c.end() - c.begin() > 1 && c.end() - c.begin() <= 4) {
                longOrgNames.putIfAbsent(graphs.get(c.sentence()).text(c.begin(), c.end() - 1), c.nerType());
            } else if (c.end() - c.begin() == 1 && c.nerType() != null && !"HANDLE".equals(c.nerType())) {
                oneWordNames.putIfAbsent(graphs.get(c.sentence()).token(c.begin()).word(), c.nerType());
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (SentenceGraph g : graphs) {
            int s = g.sentence().index();
            for (int t = 0; t < g.size(); t++) {
                var tok = g.token(t);
                int run = untaggedRun(g, s, t, covered);
                while (run > 1 && !longOrgNames.containsKey(g.text(t, t + run - 1))) {
                    run--;
                }
                if (run > 1) {
                    out.add(new Candidate(s, t, t + run, t + run - 1, g.text(t, t + run - 1), Candidate.Kind.NAME, "ORGANIZATION"));
                    t += run - 1;
                    continue;
                }
                if (titledSurname(g, s, t, covered) && fullNames.getOrDefault(tok.word().toLowerCase(), Set.of()).size() == 1) {
                    out.add(new Candidate(s, t, t + 1, t, tok.word(), Candidate.Kind.NAME, "PERSON"));
                    continue;
                }
                // NER's MISC tags no entity; a word tagged so is still the organisation it names elsewhere
                boolean miscOrg = "MISC".equals(tok.ner()) && "ORGANIZATION".equals(oneWordNames.get(tok.word()));
                if (!tok.pos().startsWith("NN") || !"O".equals(tok.ner()) && !miscOrg || !Character.isUpperCase(tok.word().charAt(0))
                        || covered.contains(Clusters.key(s, t))) {
                    continue;
                }
                String type = fullNames.getOrDefault(tok.word().toLowerCase(), Set.of()).size() == 1 ? "PERSON"
                        : oneWordNames.get(tok.word());
                if (type != null) {
                    out.add(new Candidate(s, t, t + 1, t, tok.word(), Candidate.Kind.NAME, type));
                }
            }
        }
        return out;
    }

    /** How many capitalised proper nouns NER left untagged and no name covers start at the token (at most four). */
    private static int untaggedRun(SentenceGraph g, int s, int from, Set<Long> covered) {
        int n = 0;
        while (n < 4 && from + n < g.size()) {
            var tok = g.token(from + n);
            if (!tok.pos().startsWith("NNP") || !"O".equals(tok.ner()) || !Character.isUpperCase(tok.word().charAt(0))
                    || covered.contains(Clusters.key(s, from + n))) {
                break;
            }
            n++;
        }
        return n;
    }

    /**
     * A proper noun NER tagged as a title that stands as a name: joined to a named person by a
     * conjunction, with no determiner, and not the modifier of another name ("Mayor Roe").
     */
    private static boolean titledSurname(SentenceGraph g, int s, int t, Set<Long> covered) {
        var tok = g.token(t);
        if (!"TITLE".equals(tok.ner()) || !tok.pos().equals("NNP") || covered.contains(Clusters.key(s, t))
                || !g.children(t, "det").isEmpty() || !g.children(t, "compound").isEmpty()) {
            return false;
        }
        boolean joined = false;
        for (var d : g.incoming(t)) {
            if (d.relation().equals("compound")) {
                return false;
            }
            if (d.relation().startsWith("conj") && d.governor() >= 0 && "PERSON".equals(g.token(d.governor()).ner())) {
                joined = true;
            }
        }
        return joined;
    }
}
