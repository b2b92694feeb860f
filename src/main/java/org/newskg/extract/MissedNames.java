package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names NER tagged in one place and missed in another: a capitalised word that is a named
 * person's surname ("Sessions stated", "Page and Dvorkovich"), or that is, letter for letter,
 * a one-word name found elsewhere in the document ("NES board member").
 */
final class MissedNames {

    private MissedNames() {
    }

    static List<Candidate> find(List<Candidate> found, List<SentenceGraph> graphs) {
        Map<String, Set<String>> fullNames = new HashMap<>();
        Map<String, String> oneWordNames = new HashMap<>();
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
            } else if (c.end() - c.begin() == 1 && c.nerType() != null && !"HANDLE".equals(c.nerType())) {
                oneWordNames.putIfAbsent(graphs.get(c.sentence()).token(c.begin()).word(), c.nerType());
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (SentenceGraph g : graphs) {
            int s = g.sentence().index();
            for (int t = 0; t < g.size(); t++) {
                var tok = g.token(t);
                if (!tok.pos().startsWith("NN") || !"O".equals(tok.ner()) || !Character.isUpperCase(tok.word().charAt(0))
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
}
