package org.newskg.extract.entities;

import org.newskg.extract.Cues;
import org.newskg.extract.SentenceGraph;
import org.newskg.names.NameRule;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Whether a description can stand for the named entity coreference or an anaphor rule gives it.
 * A title nominal ("the minister", "the new finance minister") stands for a person only when
 * that person is the one the document titles so ({@link TitleHolders}): not when nobody titled
 * so is that person, nor when two people could be meant. A nominal whose head word is in the
 * name of some organisation of the document ("the court", "the appeals court", "the agency")
 * stands only for the one organisation whose name carries its head and its restricting words;
 * with two such organisations it stands for none. Where the document titles nobody and names no
 * organisation with that word, the description keeps whatever coreference gave it.
 */
final class NominalFits {

    private final Clusters c;
    private final List<SentenceGraph> graphs;
    private final Map<Integer, String> typeAt = new HashMap<>();
    private final TitleHolders<Integer> titles;
    private final Map<String, List<Integer>> orgNamesByWord = new HashMap<>();
    private final Map<String, List<Integer>> orgNamesByHead = new HashMap<>();
    private final Map<Integer, TitleHolders.Title> orgNames = new HashMap<>();

    NominalFits(Clusters c, List<SentenceGraph> graphs, Cues cues) {
        this.c = c;
        this.graphs = graphs;
        TreeMap<Integer, List<Integer>> members = c.members();
        members.forEach((root, m) -> {
            String type = ClusterFacts.type(c, m);
            m.forEach(j -> typeAt.put(j, type));
        });
        this.titles = TitleHolders.find(graphs, cues, this::personNameAt);
        for (int j = 0; j < c.size(); j++) {
            if (c.isName(j) && "ORGANIZATION".equals(typeAt.get(j))) {
                TitleHolders.Title name = name(j);
                orgNames.put(j, name);
                for (String w : name.words()) {
                    orgNamesByWord.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(j);
                }
                orgNamesByHead.computeIfAbsent(head(c.get(j)), k -> new java.util.ArrayList<>()).add(j);
            }
        }
    }

    private Integer personNameAt(int sentence, int token) {
        for (int j : c.namesAt(sentence, token)) {
            if ("PERSON".equals(typeAt.get(j))) {
                return j;
            }
        }
        return null;
    }

    /** An organisation's name as words to compare descriptions with (its head left empty). */
    private TitleHolders.Title name(int j) {
        Candidate x = c.get(j);
        SentenceGraph g = graphs.get(x.sentence());
        Set<String> words = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (int t = x.begin(); t < x.end(); t++) {
            words.add(g.token(t).word().toLowerCase(Locale.ROOT));
            words.add(g.lemma(t));
            if (TitleHolders.isPlace(g, t)) {
                places.add(g.token(t).word().toLowerCase(Locale.ROOT));
            }
        }
        return new TitleHolders.Title("", words, places);
    }

    /**
     * The members of a coreference chain that must not join its one named set {@code root}: the
     * descriptions that do not fit it, and the pronouns that follow such a description before the
     * chain names the entity again.
     */
    Set<Integer> refused(List<Integer> chain, int root) {
        Set<Integer> out = new LinkedHashSet<>();
        boolean lost = false;
        for (int idx : chain) {
            Candidate x = c.get(idx);
            if (x.kind() == Candidate.Kind.PRONOUN) {
                if (lost) {
                    out.add(idx);
                }
            } else if (Clusters.isNamed(x) || c.hasName(idx)) {
                lost = false;
            } else {
                lost = !fits(idx, root);
                if (lost) {
                    out.add(idx);
                }
            }
        }
        return out;
    }

    /**
     * A chain coreference names nowhere, one of whose titles is in apposition with a person's
     * name ("its chairman, Stefan Kloss ... the chairman"): its titles that fit that person join
     * the person. Its pronouns stay out: the name came from the apposition, not from the chain.
     */
    boolean joinApposed(List<Integer> chain) {
        Set<Integer> roots = new LinkedHashSet<>();
        int name = -1;
        for (int idx : chain) {
            if (!isTitle(idx)) {
                continue;
            }
            Candidate x = c.get(idx);
            for (var d : graphs.get(x.sentence()).outgoing(x.head())) {
                if (d.relation().equals("appos")) {
                    for (int j : c.namesAt(x.sentence(), d.dependent())) {
                        roots.add(c.find(j));
                        name = j;
                    }
                }
            }
        }
        if (roots.size() != 1 || !"PERSON".equals(typeAt.get(name))) {
            return false;
        }
        for (int idx : chain) {
            if (isTitle(idx) && fits(idx, name)) {
                c.union(idx, name, NameRule.COREFERENCE);
            }
        }
        return true;
    }

    /** A description headed by a word of role or office ("its chairman"), not of kinship ("his father"). */
    private boolean isTitle(int idx) {
        Candidate x = c.get(idx);
        return x.kind() == Candidate.Kind.NOMINAL && !"KIN".equals(x.nerType())
                && titles.isTitleWord(graphs.get(x.sentence()), x.head());
    }

    /** True when the description {@code nominal} can stand for the set of {@code root}. */
    boolean fits(int nominal, int root) {
        Candidate x = c.get(nominal);
        SentenceGraph g = graphs.get(x.sentence());
        String type = typeAt.get(root);
        if ("PERSON".equals(type) && titles.isTitleWord(g, x.head())) {
            Integer linked = TitleHolders.linkedName(g, x.sentence(), x.head(), this::personNameAt);
            if (linked != null) {
                return c.find(linked) == c.find(root); // "the Turkish President Recep Tayyip Erdogan"
            }
            TitleHolders.Title n = titles.nominal(g, x.head());
            if (!titles.anyWithHead(n.head())) {
                return true;
            }
            Set<Integer> roots = new HashSet<>();
            titles.holders(n).forEach(j -> roots.add(c.find(j)));
            return roots.size() == 1 && roots.contains(c.find(root));
        }
        if ("ORGANIZATION".equals(type)) {
            Set<Integer> roots = organisations(x, Long.MAX_VALUE);
            return roots == null || roots.size() == 1 && roots.contains(c.find(root));
        }
        return true;
    }

    /**
     * For an anaphor ("the agency") that would stand for {@code fallback}, the last organisation
     * named before it: the one organisation named with its head word and restricting words, -1
     * when none or two are; {@code fallback} when no organisation is named with its head word.
     */
    int organisationFor(int anaphor, int fallback) {
        Candidate x = c.get(anaphor);
        Set<Integer> roots = organisations(x, x.position());
        if (roots == null) {
            return fallback;
        }
        if (roots.size() != 1) {
            return -1;
        }
        int root = roots.iterator().next();
        int last = -1;
        for (int j : orgNamesByWord.getOrDefault(head(x), List.of())) {
            if (c.find(j) == root && c.get(j).position() < x.position()) {
                last = j;
            }
        }
        return last;
    }

    /**
     * The sets of the organisations named (before {@code before}) with the description's head
     * word whose names carry its restricting words; null when no organisation is named with it.
     * Names whose own head is that word come first: "the university" is "Eastbrook University",
     * whatever "University and College Union" holds; only where none has it as its head do the
     * names that hold it elsewhere count ("the city" and "Riverton City Council").
     */
    private Set<Integer> organisations(Candidate x, long before) {
        Set<Integer> byHead = organisations(x, before, orgNamesByHead.get(head(x)));
        return byHead != null ? byHead : organisations(x, before, orgNamesByWord.get(head(x)));
    }

    private Set<Integer> organisations(Candidate x, long before, List<Integer> named) {
        if (named == null) {
            return null;
        }
        SentenceGraph g = graphs.get(x.sentence());
        TitleHolders.Title n = titles.nominal(g, x.head());
        Set<Integer> roots = new LinkedHashSet<>();
        boolean any = false;
        for (int j : named) {
            if (c.get(j).position() >= before) {
                continue;
            }
            any = true;
            if (TitleHolders.carries(orgNames.get(j).words(), orgNames.get(j).places(), n)) {
                roots.add(c.find(j));
            }
        }
        return any ? roots : null;
    }

    private String head(Candidate x) {
        return graphs.get(x.sentence()).lemma(x.head());
    }
}
