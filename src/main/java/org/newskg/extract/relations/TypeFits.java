package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.Frame;


/**
 * Which entity types a relation's arguments may have: works do not act; messages, requests,
 * meetings and standing relations are between agents; membership and founding are of
 * organisations; what is obtained, published, shared or handed over is a work; and a lexicon
 * frame may name the object's types itself ({@code objtype=person}).
 */
final class TypeFits {

    private final DocContext ctx;

    TypeFits(DocContext ctx) {
        this.ctx = ctx;
    }

    private static final java.util.Set<String> BETWEEN_AGENTS = java.util.Set.of("messaged", "solicited", "met",
            "memberOf", "founderOf", "childOf");

    /** Only people, organisations and places act; messages and meetings are between agents. */
    boolean fit(String subject, String property, String object) {
        if (isWork(subject)) {
            return false;
        }
        if (STANDING.contains(property) && !isOrganization(object)) {
            return false;
        }
        if (OF_WORKS.contains(property) && !isWork(object)) {
            return false;
        }
        return !BETWEEN_AGENTS.contains(property) || !isWork(object);
    }

    /** One is a member or founder of an organisation, not of a person ("began working for Deripaska"). */
    private static final java.util.Set<String> STANDING = java.util.Set.of("memberOf", "founderOf");

    /** What is obtained, published, shared or handed over is a work ("Red Hat was acquired by IBM" is not). */
    private static final java.util.Set<String> OF_WORKS = java.util.Set.of("obtained", "published", "shared",
            "transferred");

    private boolean isOrganization(String key) {
        var e = ctx.entities().entity(key);
        return e != null && e.type() == org.newskg.model.EntityType.ORGANIZATION;
    }

    boolean objectFits(Frame f, String object) {
        var e = ctx.entities().entity(object);
        return f.objectTypes().isEmpty() || e != null && f.objectTypes().contains(e.type().name().toLowerCase());
    }

    private boolean isWork(String key) {
        var e = ctx.entities().entity(key);
        return e != null && e.type() == org.newskg.model.EntityType.WORK;
    }
}
