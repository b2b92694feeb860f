package org.newskg.extract.entities;

import org.newskg.extract.Cues;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Alias;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Mention;
import org.newskg.names.NameRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "the President", "the Attorney General": a definite title with no name of its own refers to
 * the person the document names with that title ("President Trump", "Attorney General Jeff
 * Sessions"), when one person holds it more often than any other there.
 */
public final class TitleAnaphors {

    private final Map<String, String> holders = new HashMap<>();

    public TitleAnaphors(List<SentenceGraph> graphs, ResolvedEntities entities, Cues cues) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (SentenceGraph g : graphs) {
            int s = g.sentence().index();
            for (int t = 0; t < g.size(); t++) {
                if (!isTitle(g, t, cues)) {
                    continue;
                }
                String person = personAfter(g, s, t, entities, cues);
                person = person != null ? person : apposed(g, s, t, entities);
                if (person != null && !formerly(g, t, cues)) {
                    counts.computeIfAbsent(key(g, t), k -> new HashMap<>()).merge(person, 1, Integer::sum);
                }
            }
        }
        named.addAll(counts.keySet());
        counts.forEach((title, byPerson) -> {
            int max = byPerson.values().stream().max(Integer::compare).orElse(0);
            List<String> top = byPerson.entrySet().stream().filter(e -> e.getValue() == max).map(Map.Entry::getKey).toList();
            if (top.size() == 1) {
                holders.put(title, top.get(0));
            }
        });
        offices(graphs, entities, cues);
        titled(graphs, entities, cues);
    }

    /**
     * Records, on each named person the document calls by a bare capitalised title, that title as
     * an alias ({@link NameRule#TITLE}), so that the store can tell which person an office of
     * another document stands for.
     */
    private void titled(List<SentenceGraph> graphs, ResolvedEntities entities, Cues cues) {
        for (SentenceGraph g : graphs) {
            for (int t = 0; t < g.size(); t++) {
                String key = key(g, t);
                String holder = holders.get(key);
                Entity e = holder == null || offices.contains(key) ? null : entities.entity(holder);
                if (e == null || !g.token(t).pos().equals("NNP") || !Character.isUpperCase(g.token(t).word().charAt(0))
                        || !List.of(holder).containsAll(entities.at(g.sentence().index(), t)) || !bare(g, t, cues)) {
                    continue;
                }
                int first = firstOf(g, t);
                String title = g.text(first, t);
                if (e.aliases().stream().noneMatch(a -> Names.normalize(a.name()).equals(Names.normalize(title)))) {
                    List<Alias> aliases = new ArrayList<>(e.aliases());
                    aliases.add(new Alias(title, NameRule.TITLE.localName(), g.token(first).begin(), g.token(t).end()));
                    aliases.sort(Comparator.comparing(Alias::name).thenComparing(Alias::rule).thenComparingInt(Alias::begin));
                    entities.entities().put(holder, new Entity(e.key(), e.type(), e.label(), e.altLabels(), aliases));
                }
            }
        }
    }

    /**
     * A capitalised definite title the document never pairs with a name ("the President asked
     * Miller ...") names the office holder as the text does: a person labelled by the title.
     */
    private void offices(List<SentenceGraph> graphs, ResolvedEntities entities, Cues cues) {
        for (SentenceGraph g : graphs) {
            int s = g.sentence().index();
            for (int t = 0; t < g.size(); t++) {
                if (!g.token(t).pos().equals("NNP") || !Character.isUpperCase(g.token(t).word().charAt(0))
                        || !entities.at(s, t).isEmpty() || t + 1 < g.size() && "TITLE".equals(g.token(t + 1).ner())
                        || !bare(g, t, cues)) {
                    continue;
                }
                String title = key(g, t);
                if (holders.containsKey(title) && !offices.contains(title) || named.contains(title) && !holders.containsKey(title)) {
                    continue; // a title two people hold here names neither, nor an office of its own
                }
                int first = firstOf(g, t);
                String label = g.text(first, t);
                String key = EntityType.PERSON.pathSegment() + "/" + Names.slug(label);
                entities.entities().putIfAbsent(key, new Entity(key, EntityType.PERSON, label, java.util.Set.of(),
                        List.of(new Alias(label, NameRule.OFFICE.localName(), g.token(first).begin(), g.token(t).end()))));
                entities.mentions().add(new Mention(g.token(first).begin(), g.token(t).end(), label, key, s));
                holders.put(title, key);
                offices.add(title);
            }
        }
    }

    private final java.util.Set<String> offices = new java.util.HashSet<>();
    private final java.util.Set<String> named = new java.util.HashSet<>();

    /** "former Philippine President Ferdinand Marcos": a title its holder no longer holds. */
    private static boolean formerly(SentenceGraph g, int t, Cues cues) {
        for (int k = firstOf(g, t) - 1; k >= 0 && !"PERSON".equals(g.token(k).ner())
                && (g.token(k).pos().startsWith("JJ") || g.token(k).pos().startsWith("NN")); k--) {
            if (cues.is("past-tenure", g.token(k).word())) {
                return true;
            }
        }
        return false;
    }

    private boolean bare(SentenceGraph g, int t, Cues cues) {
        if (!isTitle(g, t, cues) || !definite(g, t) || g.hasChild(t, "nmod:of") || g.hasChild(t, "nmod:poss")) {
            return false;
        }
        return g.incoming(t).stream().noneMatch(d -> d.relation().equals("compound"));
    }

    private static int firstOf(SentenceGraph g, int t) {
        int first = t;
        while (first > 0 && "TITLE".equals(g.token(first - 1).ner()) && g.token(first - 1).pos().startsWith("NN")) {
            first--;
        }
        return first;
    }

    /** The person a bare definite title at this token stands for, or null. */
    public String holder(SentenceGraph g, int t, Cues cues) {
        // "the president of Egypt" is another office; "President Trump" is named
        if (holders.isEmpty() || !bare(g, t, cues)) {
            return null;
        }
        return holders.get(key(g, t));
    }

    private static boolean definite(SentenceGraph g, int t) {
        int first = t;
        while (first > 0 && "TITLE".equals(g.token(first - 1).ner())) {
            first--;
        }
        return first > 0 && g.token(first - 1).word().equalsIgnoreCase("the");
    }

    private static boolean isTitle(SentenceGraph g, int t, Cues cues) {
        return g.token(t).pos().startsWith("NN") && ("TITLE".equals(g.token(t).ner())
                || cues.titleRelation(g.token(t).word()) != null);
    }

    /** "Attorney General": the title's words up to this token. */
    private static String key(SentenceGraph g, int t) {
        return g.text(firstOf(g, t), t).toLowerCase(Locale.ROOT);
    }

    /**
     * "Halvorsen's president, Arne Vik", "Vik, the president": the person a title is in apposition
     * with holds it as much as "President Vik" does, or null.
     */
    private static String apposed(SentenceGraph g, int s, int t, ResolvedEntities entities) {
        List<Integer> near = new ArrayList<>(g.childrenExact(t, "appos"));
        g.incoming(t).stream().filter(d -> d.relation().equals("appos") && d.governor() >= 0).forEach(d -> near.add(d.governor()));
        for (int n : near) {
            for (String k : entities.at(s, n)) {
                Entity e = entities.entity(k);
                if (e != null && e.type() == EntityType.PERSON) {
                    return k;
                }
            }
        }
        return null;
    }

    /** The person named right after a title ("President Trump", "President-Elect Trump"), or null. */
    private static String personAfter(SentenceGraph g, int s, int t, ResolvedEntities entities, Cues cues) {
        for (int n = t + 1; n < Math.min(g.size(), t + 4); n++) {
            for (String k : entities.at(s, n)) {
                Entity e = entities.entity(k);
                if (e != null && e.type() == EntityType.PERSON) {
                    return k;
                }
            }
            String w = g.token(n).word();
            if (!"TITLE".equals(g.token(n).ner()) && !w.equals("-")) {
                return null;
            }
        }
        return null;
    }
}
