package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "denounced the Trump legal team's claims": praise, criticism or opposition aimed at a group the
 * text only describes (a label ending in a lower-case noun: "Trump legal team") whose description
 * names one person ("Trump") is aimed at that person; the description names nobody one can look up.
 */
public final class GroupTargets {

    private static final Set<String> STANCES = Set.of("criticized", "praised", "opposed");

    private GroupTargets() {
    }

    public static List<Relation> retarget(List<Relation> relations, DocContext ctx) {
        List<Relation> out = new ArrayList<>();
        for (Relation r : relations) {
            String person = STANCES.contains(r.predicate()) ? namedPerson(r, ctx) : null;
            out.add(person == null || person.equals(r.subjectKey()) ? r
                    : new Relation(r.subjectKey(), r.predicate(), person, r.trigger(), r.theme(), r.recipientKey(),
                    r.date(), r.negated(), r.hedged(), r.attributedToKey(), r.confidence(), r.sentence()));
        }
        return out;
    }

    private static String namedPerson(Relation r, DocContext ctx) {
        Entity e = ctx.entities().entity(r.objectKey());
        // a work named by description ("the Podesta report") is still the work
        if (e == null || e.type() != EntityType.ORGANIZATION || !described(e.label())) {
            return null;
        }
        SentenceGraph g = ctx.graphs().get(r.sentence());
        String found = null;
        for (int t = 0; t < g.size(); t++) {
            if (!g.token(t).pos().startsWith("NN") || g.token(t).pos().startsWith("NNP")
                    || !ctx.entitiesAt(r.sentence(), t).contains(r.objectKey())) {
                continue;
            }
            for (int c : g.childrenExact(t, "compound")) {
                for (String key : persons(ctx, g, r.sentence(), c)) {
                    if (found != null && !found.equals(key)) {
                        return null;
                    }
                    found = key;
                }
            }
        }
        return found;
    }

    /**
     * The people a name in the description refers to: its own entities, or else the one person of
     * the document whose name ends in that word ("the Reed legal team" after "Tom Reed").
     */
    private static List<String> persons(DocContext ctx, SentenceGraph g, int s, int c) {
        List<String> own = ctx.entities().at(s, c).stream().filter(k -> ctx.entities().entity(k) != null
                && ctx.entities().entity(k).type() == EntityType.PERSON).toList();
        if (!own.isEmpty() || !g.token(c).pos().startsWith("NNP")) {
            return own;
        }
        String word = g.token(c).word();
        List<String> named = ctx.entities().entities().values().stream()
                .filter(e -> e.type() == EntityType.PERSON && e.label().endsWith(" " + word)).map(Entity::key).toList();
        return named.size() == 1 ? named : List.of();
    }

    /** "Trump legal team": a capitalised name followed by lower-case words, the last a noun. */
    private static boolean described(String label) {
        String[] words = label.trim().split("\\s+");
        return words.length > 1 && Character.isUpperCase(words[0].codePointAt(0))
                && Character.isLowerCase(words[words.length - 1].codePointAt(0));
    }
}
