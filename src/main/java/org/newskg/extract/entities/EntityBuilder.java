package org.newskg.extract.entities;

import org.newskg.names.Initials;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Alias;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.model.ParsedDocument;
import org.newskg.names.NameRule;
import org.newskg.names.NameRules;
import org.newskg.names.OrgNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the sets of candidates into entities, their mentions, aliases and a token index. */
final class EntityBuilder {

    private final ParsedDocument doc;
    private final List<SentenceGraph> graphs;
    private final Clusters c;
    private final NameRules rules = NameRules.bundled();

    EntityBuilder(ParsedDocument doc, List<SentenceGraph> graphs, Clusters clusters) {
        this.doc = doc;
        this.graphs = graphs;
        this.c = clusters;
    }

    ResolvedEntities build() {
        Map<Integer, String> keyOfRoot = new HashMap<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        c.members().forEach((root, members) -> {
            Entity e = entityOf(members);
            if (e != null) {
                keyOfRoot.put(root, e.key());
                entities.merge(e.key(), e, EntityBuilder::mergeEntities);
            }
        });
        Map<Long, String> owner = spanOwners(keyOfRoot);
        List<Mention> mentions = new ArrayList<>();
        Map<Long, List<String>> byToken = ResolvedEntities.newIndex();
        Set<String> mentioned = new java.util.HashSet<>();
        for (int i = 0; i < c.size(); i++) {
            String key = keyOfRoot.get(c.find(i));
            Candidate x = c.get(i);
            int[] span = key == null ? null : chars(x);
            if (key == null || !key.equals(owner.get(spanKey(span)))) {
                continue;
            }
            mentioned.add(key);
            mentions.add(new Mention(span[0], span[1], doc.document().slice(span[0], span[1]), key, x.sentence()));
            index(byToken, x, key);
        }
        entities.keySet().retainAll(mentioned);
        mentions.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end)
                .thenComparing(Mention::entityKey));
        return new ResolvedEntities(entities, dedupe(mentions), byToken);
    }

    /**
     * One entity per mention span: where two sets claim one span ("Norsk Data" as a name and as a
     * work, "Administration" as a name and by coreference), the span is the entity's that a name
     * found there, before a group, a work, a nominal or a pronoun; then the one with more
     * mentions; then the first key. The losing set keeps its other spans; with none it is no entity.
     */
    private Map<Long, String> spanOwners(Map<Integer, String> keyOfRoot) {
        Map<String, Integer> size = new HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            String key = keyOfRoot.get(c.find(i));
            if (key != null) {
                size.merge(key, 1, Integer::sum);
            }
        }
        Map<Long, String> owner = new HashMap<>();
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            String key = keyOfRoot.get(c.find(i));
            if (key == null) {
                continue;
            }
            long span = spanKey(chars(c.get(i)));
            int r = c.get(i).kind().ordinal();
            String old = owner.get(span);
            if (old == null || r < rank.get(span) || r == rank.get(span) && (size.get(key) > size.get(old)
                    || size.get(key).equals(size.get(old)) && key.compareTo(old) < 0)) {
                owner.put(span, key);
                rank.put(span, r);
            }
        }
        return owner;
    }

    private static long spanKey(int[] span) {
        return span == null ? -1 : ((long) span[0] << 32) | span[1];
    }

    private int[] chars(Candidate x) {
        SentenceGraph g = graphs.get(x.sentence());
        return new int[]{g.token(x.begin()).begin(), g.token(x.end() - 1).end()};
    }

    private static void index(Map<Long, List<String>> byToken, Candidate x, String key) {
        boolean wholeSpan = x.kind() == Candidate.Kind.NAME;
        int from = wholeSpan ? x.begin() : x.head();
        int to = wholeSpan ? x.end() : x.head() + 1;
        for (int t = from; t < to; t++) {
            List<String> keys = byToken.computeIfAbsent(ResolvedEntities.key(x.sentence(), t), k -> new ArrayList<>());
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
        Map<String, Alias> aliases = new LinkedHashMap<>();
        a.aliases().forEach(x -> aliases.put(Names.normalize(x.name()), x));
        b.aliases().forEach(x -> aliases.putIfAbsent(Names.normalize(x.name()), x.rule().equals(NameRule.FULL_NAME.localName())
                ? new Alias(x.name(), NameRule.SAME_NAME.localName(), x.begin(), x.end()) : x));
        return new Entity(a.key(), a.type(), a.label(), alts, sortedAliases(aliases.values()));
    }

    private Entity entityOf(List<Integer> members) {
        String type = ClusterFacts.type(c, members);
        String label = ClusterFacts.canonical(c, members);
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
        for (int j : members) {
            Candidate x = c.get(j);
            if (x.kind() == Candidate.Kind.PRONOUN) {
                continue;
            }
            if (Clusters.isNamed(x) && !isGenericWork(x)) {
                generic = false;
            }
            String surface = Names.stripPossessive(x.text());
            // alternative labels are names: "the company", "the President" only refer to the entity
            if (Clusters.isNamed(x) && !surface.isBlank() && surface.length() < 80) {
                alts.add(surface);
            }
        }
        String slug = Names.slug(label);
        boolean local = generic && et == EntityType.WORK;
        String key = et.pathSegment() + "/" + (local ? "doc-" + doc.document().sha256().substring(0, 12) + "-" + slug : slug);
        return new Entity(key, et, label, alts, local ? List.of() : aliases(members, label, et));
    }

    /** One alias per proper name of the set: its first mention and the rule that joined it. */
    private List<Alias> aliases(List<Integer> members, String label, EntityType type) {
        String full = Names.normalize(label);
        int fullCandidate = members.stream().filter(j -> Clusters.isNamed(c.get(j))
                && Names.normalize(Names.stripPossessive(c.get(j).text())).equals(full)).findFirst().orElse(-1);
        Map<String, Alias> byName = new LinkedHashMap<>();
        for (int j : members) {
            Candidate x = c.get(j);
            String surface = Names.stripPossessive(x.text());
            String n = surface.startsWith("@") ? surface.toLowerCase(java.util.Locale.ROOT) : Names.normalize(surface);
            if (!Clusters.isNamed(x) || n.isEmpty() || surface.length() >= 80) {
                continue;
            }
            int[] span = chars(x);
            NameRule rule = n.equals(full) ? NameRule.FULL_NAME
                    : fullCandidate < 0 || !c.joinedByName(j, fullCandidate) ? NameRule.COREFERENCE : ruleFor(j, n, label, type);
            String name = n.equals(full) ? label : surface;
            Alias old = byName.get(n);
            if (old == null || old.rule().equals(NameRule.COREFERENCE.localName()) && rule != NameRule.COREFERENCE) {
                byName.put(n, new Alias(name, rule.localName(), old == null ? span[0] : old.begin(), old == null ? span[1] : old.end()));
            }
        }
        return sortedAliases(byName.values());
    }

    /**
     * The rule recorded when the name joined (coreference included); for a repeated name or a
     * set's first name, the rule that relates it to the full name for its type.
     */
    private NameRule ruleFor(int j, String name, String label, EntityType type) {
        String full = Names.normalize(label);
        NameRule recorded = c.rule(j);
        if (recorded != null && recorded != NameRule.SAME_NAME) {
            return recorded;
        }
        String letters = Initials.acronym(c.get(j).text());
        if (c.get(j).text().startsWith("@")) {
            return NameRule.HANDLE;
        } else if (type == EntityType.PERSON && rules.isSurnameOf(name, full)) {
            return NameRule.SURNAME;
        } else if (type != EntityType.PERSON && letters != null && rules.initials().match(letters, full)) {
            return NameRule.INITIALS;
        } else if (type == EntityType.ORGANIZATION && (rules.isSuffixShortOf(name, full)
                || rules.isLeadingWordsOf(name, full) || rules.isTrailingWordsOf(name, full))) {
            return NameRule.SHORT_NAME;
        } else if (rules.isKnownShortFormOf(name, full)) {
            return NameRule.KNOWN_SHORT_FORM;
        } else if (SpelledNames.alike(c.get(j).text(), label, type == EntityType.PERSON)) {
            return NameRule.VARIANT;
        } else if (type == EntityType.ORGANIZATION && OrgNames.bundled().form(name).equals(OrgNames.bundled().form(full))) {
            return NameRule.VARIANT;
        }
        return NameRule.COREFERENCE;
    }

    private static List<Alias> sortedAliases(java.util.Collection<Alias> aliases) {
        List<Alias> out = new ArrayList<>(aliases);
        out.sort(Comparator.comparing(Alias::name).thenComparing(Alias::rule).thenComparingInt(Alias::begin));
        return out;
    }

    /** A work named by common words only ("the link", "polling data"): it belongs to its document. */
    private boolean isGenericWork(Candidate x) {
        if (x.kind() != Candidate.Kind.WORK) {
            return false;
        }
        if (DescribedWorks.DESCRIBED.equals(x.nerType())) {
            return true; // "a letter from X", "stolen files": what the text calls a work of its own
        }
        SentenceGraph g = graphs.get(x.sentence());
        for (int t = x.begin(); t < x.end(); t++) {
            if (g.token(t).pos().startsWith("NNP") || !"O".equals(g.token(t).ner())) {
                return false;
            }
        }
        return true;
    }
}
