package org.newskg.extract;

import org.newskg.model.CorefChain;
import org.newskg.model.CorefMention;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.ParsedDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups candidate spans and coreference chains into entities: same or compatible names merge,
 * pronouns and nominals follow their chain, "the outlet" refers to the last organisation named,
 * "X's son" to the one named "X Jr.". Gives each entity a canonical name and alternative labels.
 */
final class EntityResolver {

    private final ParsedDocument doc;
    private final List<SentenceGraph> graphs;
    private final List<Candidate> cands;
    private final int[] parent;
    private final Cues cues;

    EntityResolver(ParsedDocument doc, List<SentenceGraph> graphs, Cues cues) {
        this.doc = doc;
        this.graphs = graphs;
        this.cues = cues;
        this.cands = new ArrayList<>(new CandidateFinder(doc, graphs, cues).find());
        this.cands.addAll(missedRepeats(cands, graphs));
        this.cands.sort(Comparator.comparingLong(Candidate::position));
        this.parent = new int[cands.size() + 512];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
    }

    ResolvedEntities resolve() {
        mergeSameNames();
        mergeShortPersonNames();
        List<Candidate> linked = new ArrayList<>(cands);
        followCorefChains(linked);
        resolveNominals(linked);
        followCorefChains(linked);
        return build(linked);
    }

    // ---- union-find ----

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private boolean isNamed(Candidate c) {
        return c.kind() == Candidate.Kind.NAME || c.kind() == Candidate.Kind.GROUP || c.kind() == Candidate.Kind.WORK;
    }

    // ---- names ----

    private void mergeSameNames() {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            if (!isNamed(c)) {
                continue;
            }
            String key = nameKey(c);
            Integer j = first.putIfAbsent(key, i);
            if (j != null) {
                union(i, j);
            }
        }
    }

    private String nameKey(Candidate c) {
        String base = c.kind() == Candidate.Kind.WORK ? workKey(c) : Names.normalize(c.text());
        return (c.kind() == Candidate.Kind.WORK ? "w:" : "n:") + base;
    }

    private String workKey(Candidate c) {
        SentenceGraph g = graphs.get(c.sentence());
        String head = g.lemma(c.head());
        String mods = c.text().substring(0, Math.max(0, c.text().length() - g.token(c.head()).word().length()));
        return Names.normalize(mods + " " + head);
    }

    /**
     * Names NER tagged in one place and missed in another: a capitalised word that is a named
     * person's surname ("Sessions stated", "Page and Dvorkovich"), or that is, letter for letter,
     * a one-word name found elsewhere in the document ("NES board member").
     */
    private static List<Candidate> missedRepeats(List<Candidate> found, List<SentenceGraph> graphs) {
        Map<String, Set<String>> fullNames = new HashMap<>();
        Map<String, String> oneWordNames = new HashMap<>();
        for (Candidate c : found) {
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
                int token = t;
                if (!tok.pos().startsWith("NN") || !"O".equals(tok.ner()) || !Character.isUpperCase(tok.word().charAt(0))
                        || found.stream().anyMatch(c -> c.covers(s, token))) {
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

    private void mergeShortPersonNames() {
        Map<String, Set<Integer>> longNames = new LinkedHashMap<>();
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            if (c.kind() == Candidate.Kind.NAME && "PERSON".equals(c.nerType())) {
                longNames.computeIfAbsent(Names.normalize(c.text()), k -> new LinkedHashSet<>()).add(find(i));
            }
        }
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            if (c.kind() != Candidate.Kind.NAME || !"PERSON".equals(c.nerType())) {
                continue;
            }
            String shortName = Names.normalize(c.text());
            Set<Integer> targets = new LinkedHashSet<>();
            longNames.forEach((name, roots) -> {
                if (Names.isShortFormOf(shortName, name)) {
                    roots.forEach(r -> targets.add(find(r)));
                }
            });
            if (targets.size() == 1) {
                union(i, targets.iterator().next());
            } else if (targets.isEmpty() && isJuniorNickname(shortName)) {
                int idx = i;
                juniorTarget(longNames).ifPresent(r -> union(idx, r));
            }
        }
    }

    private static boolean isJuniorNickname(String name) {
        return name.equals("junior") || name.equals("jr");
    }

    private java.util.Optional<Integer> juniorTarget(Map<String, Set<Integer>> names) {
        Set<Integer> roots = new LinkedHashSet<>();
        names.forEach((n, r) -> {
            if (Names.hasSuffix(n) && n.contains("jr")) {
                r.forEach(x -> roots.add(find(x)));
            }
        });
        return roots.size() == 1 ? java.util.Optional.of(roots.iterator().next()) : java.util.Optional.empty();
    }

    // ---- coreference ----

    private void followCorefChains(List<Candidate> linked) {
        for (CorefChain chain : doc.chains()) {
            List<Integer> members = new ArrayList<>();
            for (CorefMention m : chain.mentions()) {
                members.add(candidateFor(m, linked));
            }
            Set<Integer> namedRoots = new LinkedHashSet<>();
            for (int idx : members) {
                if (isNamed(linked.get(idx)) || hasNamedPeer(idx, linked)) {
                    namedRoots.add(find(idx));
                }
            }
            members.removeIf(idx -> isOwnedNominal(linked.get(idx)));
            if (namedRoots.size() == 1) {
                int root = namedRoots.iterator().next();
                members.forEach(idx -> union(idx, root));
            } else if (namedRoots.size() > 1) {
                attachToNearestName(members, linked);
            }
        }
    }

    /** The candidate for a chain mention: an existing one with the same head, or a new one. */
    private int candidateFor(CorefMention m, List<Candidate> linked) {
        for (int i = 0; i < linked.size(); i++) {
            Candidate c = linked.get(i);
            if (c.sentence() == m.sentence() && c.head() == m.headToken()) {
                return i;
            }
        }
        for (int i = 0; i < linked.size(); i++) {
            Candidate c = linked.get(i);
            if (c.kind() == Candidate.Kind.NAME && c.covers(m.sentence(), m.headToken())) {
                return i;
            }
        }
        Candidate.Kind kind = m.kind().equals("PRONOMINAL") ? Candidate.Kind.PRONOUN : Candidate.Kind.NOMINAL;
        linked.add(new Candidate(m.sentence(), m.beginToken(), m.endToken(), m.headToken(), m.text(), kind, "COREF"));
        return linked.size() - 1;
    }

    private void attachToNearestName(List<Integer> members, List<Candidate> linked) {
        Integer lastNamed = null;
        for (int idx : members) {
            Candidate c = linked.get(idx);
            if (isNamed(c)) {
                lastNamed = idx;
            } else if (lastNamed != null && c.kind() == Candidate.Kind.PRONOUN) {
                union(idx, lastNamed);
            }
        }
    }

    // ---- nominals: "the outlet", "the campaign", "the link", "Donald Trump's eldest son" ----

    private void resolveNominals(List<Candidate> linked) {
        for (int i = 0; i < linked.size(); i++) {
            Candidate c = linked.get(i);
            if (c.kind() != Candidate.Kind.NOMINAL || find(i) != i || hasNamedPeer(i, linked)) {
                continue;
            }
            boolean owned = graphs.get(c.sentence()).hasChild(c.head(), "nmod:poss");
            int target = switch (String.valueOf(c.nerType())) {
                case "ANAPHOR" -> lastEntityBefore(c, linked, "ORGANIZATION");
                case "GROUP", "WORK" -> owned ? -1 : lastSameHeadBefore(c, linked);
                case "KIN" -> kinTarget(c, linked);
                default -> -1;
            };
            if (target >= 0) {
                union(i, target);
            } else if ("WORK".equals(c.nerType()) && !owned && isDefinite(c)) {
                linked.set(i, new Candidate(c.sentence(), c.head(), c.head() + 1, c.head(),
                        graphs.get(c.sentence()).token(c.head()).word(), Candidate.Kind.WORK, null));
            }
        }
    }

    /** "its report": owned by whoever "its" is, so not the same as a report named for someone else. */
    private boolean isOwnedNominal(Candidate c) {
        return c.kind() == Candidate.Kind.NOMINAL && "WORK".equals(c.nerType())
                && graphs.get(c.sentence()).hasChild(c.head(), "nmod:poss");
    }

    /** "the link", "this link": a work the text points at, though it does not name it. */
    private boolean isDefinite(Candidate c) {
        SentenceGraph g = graphs.get(c.sentence());
        return g.children(c.head(), "det").stream().map(d -> g.token(d).word().toLowerCase())
                .anyMatch(w -> w.equals("the") || w.equals("this") || w.equals("that") || w.equals("these"));
    }

    private boolean hasNamedPeer(int i, List<Candidate> linked) {
        int root = find(i);
        for (int j = 0; j < linked.size(); j++) {
            if (j != i && find(j) == root && isNamed(linked.get(j))) {
                return true;
            }
        }
        return false;
    }

    private int lastEntityBefore(Candidate c, List<Candidate> linked, String type) {
        int best = -1;
        for (int j = 0; j < linked.size(); j++) {
            Candidate o = linked.get(j);
            if (o.position() < c.position() && o.kind() == Candidate.Kind.NAME
                    && type.equals(typeOfCluster(find(j), linked)) && (best < 0 || o.position() > linked.get(best).position())) {
                best = j;
            }
        }
        return best;
    }

    private int lastSameHeadBefore(Candidate c, List<Candidate> linked) {
        String head = graphs.get(c.sentence()).lemma(c.head());
        int best = -1;
        for (int j = 0; j < linked.size(); j++) {
            Candidate o = linked.get(j);
            if (o.position() < c.position() && (o.kind() == Candidate.Kind.GROUP || o.kind() == Candidate.Kind.WORK)
                    && graphs.get(o.sentence()).lemma(o.head()).equals(head)
                    && (best < 0 || o.position() > linked.get(best).position())) {
                best = j;
            }
        }
        return best >= 0 ? best : onlySameHeadInDocument(head, linked);
    }

    /** "the Campaign" before the text names it: the one named group with that head in the document. */
    private int onlySameHeadInDocument(String head, List<Candidate> linked) {
        Set<Integer> roots = new LinkedHashSet<>();
        int any = -1;
        for (int j = 0; j < linked.size(); j++) {
            Candidate o = linked.get(j);
            if (o.kind() == Candidate.Kind.GROUP && graphs.get(o.sentence()).lemma(o.head()).equals(head)) {
                roots.add(find(j));
                any = j;
            }
        }
        return roots.size() == 1 ? any : -1;
    }

    /** "X's son" where someone is named "X Jr.": that person. */
    private int kinTarget(Candidate c, List<Candidate> linked) {
        SentenceGraph g = graphs.get(c.sentence());
        if (!"child".equals(cues.kinRole(g.token(c.head()).word()))) {
            return -1;
        }
        for (int owner : g.children(c.head(), "nmod:poss")) {
            for (int j = 0; j < linked.size(); j++) {
                Candidate o = linked.get(j);
                if (o.kind() != Candidate.Kind.NAME || !o.covers(c.sentence(), owner)) {
                    continue;
                }
                String parentName = canonicalName(find(j), linked);
                int junior = findPersonNamed(Names.normalize(parentName) + " jr", linked);
                if (junior >= 0) {
                    return junior;
                }
            }
        }
        return -1;
    }

    private int findPersonNamed(String normalized, List<Candidate> linked) {
        for (int j = 0; j < linked.size(); j++) {
            Candidate o = linked.get(j);
            if (o.kind() == Candidate.Kind.NAME && Names.normalize(canonicalName(find(j), linked)).equals(normalized)) {
                return j;
            }
        }
        return -1;
    }

    // ---- building entities ----

    private String typeOfCluster(int root, List<Candidate> linked) {
        Map<String, Integer> votes = new HashMap<>();
        for (int j = 0; j < linked.size(); j++) {
            Candidate c = linked.get(j);
            if (find(j) != root) {
                continue;
            }
            String t = switch (c.kind()) {
                case NAME -> c.nerType();
                case GROUP -> "ORGANIZATION";
                case WORK -> "WORK";
                default -> null;
            };
            if (t != null && !t.equals("HANDLE")) {
                votes.merge(t, c.kind() == Candidate.Kind.NAME ? 2 : 3, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    private String canonicalName(int root, List<Candidate> linked) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int j = 0; j < linked.size(); j++) {
            Candidate c = linked.get(j);
            if (find(j) == root && isNamed(c) && !c.text().startsWith("@")) {
                counts.merge(Names.stripPossessive(c.text()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Comparator
                        .<Map.Entry<String, Integer>>comparingInt(e -> Names.tokens(Names.normalize(e.getKey())).size())
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(null);
    }

    private ResolvedEntities build(List<Candidate> linked) {
        Map<Integer, String> keyOfRoot = new TreeMap<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (int i = 0; i < linked.size(); i++) {
            int root = find(i);
            if (keyOfRoot.containsKey(root)) {
                continue;
            }
            Entity e = entityOf(root, linked);
            keyOfRoot.put(root, e == null ? null : e.key());
            if (e != null) {
                entities.merge(e.key(), e, EntityResolver::mergeEntities);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        Map<Long, List<String>> byToken = ResolvedEntities.newIndex();
        for (int i = 0; i < linked.size(); i++) {
            String key = keyOfRoot.get(find(i));
            if (key == null) {
                continue;
            }
            Candidate c = linked.get(i);
            SentenceGraph g = graphs.get(c.sentence());
            int b = g.token(c.begin()).begin();
            int e = g.token(c.end() - 1).end();
            mentions.add(new Mention(b, e, doc.document().slice(b, e), key, c.sentence()));
            index(byToken, c, key);
        }
        mentions.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end)
                .thenComparing(Mention::entityKey));
        return new ResolvedEntities(entities, dedupe(mentions), byToken);
    }

    private static void index(Map<Long, List<String>> byToken, Candidate c, String key) {
        boolean wholeSpan = c.kind() == Candidate.Kind.NAME;
        int from = wholeSpan ? c.begin() : c.head();
        int to = wholeSpan ? c.end() : c.head() + 1;
        for (int t = from; t < to; t++) {
            List<String> keys = byToken.computeIfAbsent(ResolvedEntities.key(c.sentence(), t), k -> new ArrayList<>());
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
    }

    private static List<Mention> dedupe(List<Mention> sorted) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private static Entity mergeEntities(Entity a, Entity b) {
        Set<String> alts = new LinkedHashSet<>(a.altLabels());
        alts.addAll(b.altLabels());
        alts.add(b.label());
        return new Entity(a.key(), a.type(), a.label(), alts);
    }

    private Entity entityOf(int root, List<Candidate> linked) {
        String type = typeOfCluster(root, linked);
        String label = canonicalName(root, linked);
        if (type == null || label == null) {
            return null;
        }
        EntityType et = switch (type) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> EntityType.WORK;
        };
        Set<String> alts = new LinkedHashSet<>();
        boolean generic = true;
        for (int j = 0; j < linked.size(); j++) {
            Candidate c = linked.get(j);
            if (find(j) != root || c.kind() == Candidate.Kind.PRONOUN) {
                continue;
            }
            if (isNamed(c) && !isGenericWork(c)) {
                generic = false;
            }
            String surface = Names.stripPossessive(c.text());
            if (!surface.isBlank() && surface.length() < 80) {
                alts.add(surface);
            }
        }
        String slug = Names.slug(label);
        String key = et.pathSegment() + "/" + (generic && et == EntityType.WORK
                ? "doc-" + doc.document().sha256().substring(0, 12) + "-" + slug : slug);
        return new Entity(key, et, label, alts);
    }

    /** A work named by common words only ("the link", "polling data"): it belongs to its document. */
    private boolean isGenericWork(Candidate c) {
        if (c.kind() != Candidate.Kind.WORK) {
            return false;
        }
        SentenceGraph g = graphs.get(c.sentence());
        for (int t = c.begin(); t < c.end(); t++) {
            if (g.token(t).pos().startsWith("NNP") || !"O".equals(g.token(t).ner())) {
                return false;
            }
        }
        return true;
    }
}
