package org.newskg.extract.entities;

import org.newskg.extract.Cues;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.CorefChain;
import org.newskg.model.CorefMention;
import org.newskg.model.ParsedDocument;
import org.newskg.names.NameRule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pronouns and nominals: they follow their coreference chain to the one name in it; "the
 * outlet" refers to the last organisation named, "the campaign" to the last group with that
 * head, "X's son" to the one named "X Jr.". Lookups go through sorted indexes, not scans.
 */
final class CorefLinks {

    private final ParsedDocument doc;
    private final List<SentenceGraph> graphs;
    private final Cues cues;
    private final Clusters c;
    private final Set<Integer> apposedChains = new java.util.HashSet<>();

    CorefLinks(ParsedDocument doc, List<SentenceGraph> graphs, Cues cues, Clusters clusters) {
        this.doc = doc;
        this.graphs = graphs;
        this.cues = cues;
        this.c = clusters;
    }

    // ---- coreference ----

    void followChains() {
        NominalFits fits = new NominalFits(c, graphs, cues);
        for (CorefChain chain : doc.chains()) {
            List<Integer> members = new ArrayList<>();
            for (CorefMention m : chain.mentions()) {
                members.add(candidateFor(m));
            }
            Set<Integer> namedRoots = new LinkedHashSet<>();
            for (int idx : members) {
                if (c.hasName(idx)) {
                    namedRoots.add(c.find(idx));
                }
            }
            members.removeIf(idx -> isOwnedNominal(c.get(idx))
                    || apposedChains.contains(chain.id()) && c.get(idx).kind() == Candidate.Kind.PRONOUN);
            if (namedRoots.size() == 1) {
                int root = namedRoots.iterator().next();
                Set<Integer> refused = fits.refused(members, root);
                members.stream().filter(idx -> !refused.contains(idx)).forEach(idx -> c.union(idx, root, NameRule.COREFERENCE));
            } else if (namedRoots.size() > 1) {
                attachToNearestName(members);
            } else if (fits.joinApposed(members)) {
                apposedChains.add(chain.id()); // its pronouns stay out on the second pass too
            }
        }
    }

    /** The candidate for a chain mention: an existing one with the same head, or a new one. */
    private int candidateFor(CorefMention m) {
        int same = c.withHead(m.sentence(), m.headToken());
        if (same >= 0) {
            return same;
        }
        List<Integer> names = c.namesAt(m.sentence(), m.headToken());
        if (!names.isEmpty()) {
            return names.stream().mapToInt(Integer::intValue).min().getAsInt();
        }
        Candidate.Kind kind = m.kind().equals("PRONOMINAL") ? Candidate.Kind.PRONOUN : Candidate.Kind.NOMINAL;
        return c.add(new Candidate(m.sentence(), m.beginToken(), m.endToken(), m.headToken(), m.text(), kind, "COREF"));
    }

    private void attachToNearestName(List<Integer> members) {
        Integer lastNamed = null;
        for (int idx : members) {
            Candidate x = c.get(idx);
            if (Clusters.isNamed(x)) {
                lastNamed = idx;
            } else if (lastNamed != null && x.kind() == Candidate.Kind.PRONOUN) {
                c.union(idx, lastNamed, NameRule.COREFERENCE);
            }
        }
    }

    /** "its report": owned by whoever "its" is, so not the same as a report named for someone else. */
    private boolean isOwnedNominal(Candidate x) {
        return x.kind() == Candidate.Kind.NOMINAL && "WORK".equals(x.nerType())
                && graphs.get(x.sentence()).hasChild(x.head(), "nmod:poss");
    }

    // ---- nominals: "the outlet", "the campaign", "the link", "Donald Trump's eldest son" ----

    void resolveNominals() {
        TreeMap<Long, Integer> organisations = new TreeMap<>();
        Map<String, TreeMap<Long, Integer>> byHead = new HashMap<>();
        Map<String, List<Integer>> groupsByHead = new HashMap<>();
        TreeMap<Integer, List<Integer>> members = c.members();
        Map<Integer, String> typeOfRoot = new HashMap<>();
        members.forEach((root, m) -> typeOfRoot.put(root, ClusterFacts.type(c, m)));
        for (int j = 0; j < c.size(); j++) {
            Candidate o = c.get(j);
            if (o.kind() == Candidate.Kind.NAME && "ORGANIZATION".equals(typeOfRoot.get(c.find(j)))) {
                organisations.putIfAbsent(o.position(), j);
            }
            if (o.kind() == Candidate.Kind.GROUP || o.kind() == Candidate.Kind.WORK) {
                byHead.computeIfAbsent(lemma(o), k -> new TreeMap<>()).putIfAbsent(o.position(), j);
            }
            if (o.kind() == Candidate.Kind.GROUP) {
                groupsByHead.computeIfAbsent(lemma(o), k -> new ArrayList<>()).add(j);
            }
        }
        Kin kin = new Kin(members);
        NominalFits fits = new NominalFits(c, graphs, cues);
        int n = c.size();
        for (int i = 0; i < n; i++) {
            Candidate x = c.get(i);
            if (x.kind() != Candidate.Kind.NOMINAL || c.find(i) != i || c.hasName(i)) {
                continue;
            }
            boolean owned = graphs.get(x.sentence()).hasChild(x.head(), "nmod:poss");
            int apposed = apposedName(x);
            int target = apposed >= 0 ? apposed : switch (String.valueOf(x.nerType())) {
                case "ANAPHOR" -> fits.organisationFor(i, before(organisations, x.position()));
                case "GROUP", "WORK" -> owned ? -1 : sameHead(x, byHead, groupsByHead);
                case "KIN" -> kin.target(x);
                default -> -1;
            };
            if (target >= 0) {
                c.union(i, target, NameRule.COREFERENCE);
            } else if ("WORK".equals(x.nerType()) && !owned && isDefinite(x)) {
                Candidate work = new Candidate(x.sentence(), x.head(), x.head() + 1, x.head(),
                        graphs.get(x.sentence()).token(x.head()).word(), Candidate.Kind.WORK, null);
                c.replace(i, work);
                byHead.computeIfAbsent(lemma(work), k -> new TreeMap<>()).putIfAbsent(work.position(), i);
            }
        }
    }

    /**
     * "the Russian energy company Gazprom", "Gazprom, the energy company": a nominal in apposition
     * with a name, or compounded into it, of an organisation or place is that name's, whatever was named before; -1 if
     * none or two.
     */
    private int apposedName(Candidate x) {
        SentenceGraph g = graphs.get(x.sentence());
        Set<Integer> names = new LinkedHashSet<>();
        for (var d : g.outgoing(x.head())) {
            if (d.relation().equals("appos")) {
                c.namesAt(x.sentence(), d.dependent()).forEach(names::add);
            } else if (d.relation().equals("dep")) {
                // "the shipping company Vestfold Lines" parsed as an unlabelled dependent: the name right after
                c.namesAt(x.sentence(), d.dependent()).stream().filter(j -> c.get(j).begin() == x.head() + 1).forEach(names::add);
            }
        }
        for (var d : g.incoming(x.head())) {
            if (d.relation().equals("appos") || d.relation().equals("compound")) {
                c.namesAt(x.sentence(), d.governor()).forEach(names::add);
            }
        }
        if ("KIN".equals(x.nerType())) {
            return -1; // "his father Aras": whose father is the possessor's question, left to the kin rules
        }
        names.removeIf(j -> "PERSON".equals(c.get(j).nerType()));
        Set<Integer> roots = new LinkedHashSet<>();
        names.forEach(j -> roots.add(c.find(j)));
        return roots.size() == 1 ? names.iterator().next() : -1;
    }

    private String lemma(Candidate x) {
        return graphs.get(x.sentence()).lemma(x.head());
    }

    private static int before(TreeMap<Long, Integer> index, long position) {
        var e = index == null ? null : index.lowerEntry(position);
        return e == null ? -1 : e.getValue();
    }

    private int sameHead(Candidate x, Map<String, TreeMap<Long, Integer>> byHead, Map<String, List<Integer>> groups) {
        String head = lemma(x);
        int best = before(byHead.get(head), x.position());
        if (best >= 0) {
            return best;
        }
        // "the Campaign" before the text names it: the one named group with that head in the document
        Set<Integer> roots = new LinkedHashSet<>();
        int any = -1;
        for (int j : groups.getOrDefault(head, List.of())) {
            roots.add(c.find(j));
            any = j;
        }
        return roots.size() == 1 ? any : -1;
    }

    /** "the link", "this link": a work the text points at, though it does not name it. */
    private boolean isDefinite(Candidate x) {
        SentenceGraph g = graphs.get(x.sentence());
        return g.children(x.head(), "det").stream().map(d -> g.token(d).word().toLowerCase())
                .anyMatch(w -> w.equals("the") || w.equals("this") || w.equals("that") || w.equals("these"));
    }

    /** "X's son" where someone is named "X Jr.": that person. */
    private final class Kin {
        private final Map<Integer, String> canonicalOfName = new HashMap<>();
        private final Map<String, Integer> byCanonical = new HashMap<>();

        /** Names do not change sets while nominals are resolved, so their canonical names are fixed. */
        Kin(TreeMap<Integer, List<Integer>> members) {
            Map<Integer, String> ofRoot = new HashMap<>();
            for (int j = 0; j < c.size(); j++) {
                if (c.get(j).kind() == Candidate.Kind.NAME) {
                    String name = ofRoot.computeIfAbsent(c.find(j), r -> ClusterFacts.canonical(c, members.get(r)));
                    if (name != null) {
                        canonicalOfName.put(j, name);
                        byCanonical.putIfAbsent(Names.normalize(name), j);
                    }
                }
            }
        }

        int target(Candidate x) {
            SentenceGraph g = graphs.get(x.sentence());
            if (!"child".equals(cues.kinRole(g.token(x.head()).word()))) {
                return -1;
            }
            for (int owner : g.children(x.head(), "nmod:poss")) {
                for (int j : c.namesAt(x.sentence(), owner)) {
                    String parentName = canonicalOfName.get(j);
                    Integer junior = parentName == null ? null : byCanonical.get(Names.normalize(parentName) + " jr");
                    if (junior != null) {
                        return junior;
                    }
                }
            }
            return -1;
        }
    }
}
