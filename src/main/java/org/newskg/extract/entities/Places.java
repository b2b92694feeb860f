package org.newskg.extract.entities;

import org.newskg.extract.DocContext;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The place entities of one document, found by any of their names; a place named only by its
 * demonym ("a Kenyan runner") becomes an entity of its own, keyed like a named one, so that it
 * is the same IRI as "Kenya" in every other document.
 */
public final class Places {

    private final DocContext ctx;
    private final Demonyms demonyms;

    public Places(DocContext ctx, Demonyms demonyms) {
        this.ctx = ctx;
        this.demonyms = demonyms;
    }

    public Demonyms demonyms() {
        return demonyms;
    }

    /** The key of the place with this usual name: the document's entity for it, else a new one. */
    public String placeKey(String place) {
        for (String name : demonyms.namesOf(place)) {
            String found = findLocation(name);
            if (found != null) {
                return found;
            }
        }
        String key = EntityType.LOCATION.pathSegment() + "/" + Names.slug(place);
        ctx.entities().entities().putIfAbsent(key, new Entity(key, EntityType.LOCATION, place, Set.of()));
        return key;
    }

    /** The key of a place the document names ("Oslo" in "Oslo-based"), or of a country by any name; else null. */
    public String namedPlace(String name) {
        String found = findLocation(name);
        if (found != null) {
            return found;
        }
        String country = demonyms.placeNamed(name);
        return country == null ? null : placeKey(country);
    }

    /** The countries (places of the demonym table) a token refers to. */
    public List<String> countries(int s, int token) {
        List<String> out = new ArrayList<>();
        for (String key : ctx.entitiesAt(s, token)) {
            Entity e = ctx.entities().entity(key);
            if (e != null && e.type() == EntityType.LOCATION && (demonyms.placeNamed(e.label()) != null
                    || e.altLabels().stream().anyMatch(a -> demonyms.placeNamed(a) != null))) {
                out.add(key);
            }
        }
        return out;
    }

    private String findLocation(String name) {
        for (Entity e : ctx.entities().entities().values()) {
            if (e.type() == EntityType.LOCATION && (e.label().equalsIgnoreCase(name)
                    || e.altLabels().stream().anyMatch(a -> a.equalsIgnoreCase(name)))) {
                return e.key();
            }
        }
        return null;
    }
}
