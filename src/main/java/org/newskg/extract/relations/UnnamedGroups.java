package org.newskg.extract.relations;

import org.newskg.extract.entities.ResolvedEntities;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;

import java.util.List;
import java.util.Set;

/**
 * A plural description such as "Russian government officials" or "local prosecutors" may act in a
 * sentence, but it names nobody one can look up: a tier-1 fact between agents ("met Russian
 * government officials", "conveyed the letter to transition officials") needs an object the text
 * names. The description is recognised by its label: no capital at all ("the press team"), or a
 * last word that is a lower-case plural noun.
 */
public final class UnnamedGroups {

    /** Relations whose object is an agent the subject dealt with. */
    private static final Set<String> BETWEEN_AGENTS = Set.of("messaged", "solicited", "met", "tweeted", "praised",
            "denied", "declined");

    private UnnamedGroups() {
    }

    public static List<Relation> withoutGroupObjects(List<Relation> relations, ResolvedEntities entities) {
        return relations.stream().filter(r -> !BETWEEN_AGENTS.contains(r.predicate())
                || !isDescribedGroup(entities.entity(r.objectKey()))).toList();
    }

    static boolean isDescribedGroup(Entity e) {
        if (e == null || e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
            return false;
        }
        if (e.label().codePoints().noneMatch(Character::isUpperCase)) {
            // "summoned Spicer and the press team"
            return true;
        }
        String[] words = e.label().trim().split("\\s+");
        String head = words[words.length - 1];
        return words.length > 1 && !head.isEmpty() && Character.isLowerCase(head.codePointAt(0)) && head.endsWith("s")
                && !head.endsWith("ss");
    }
}
