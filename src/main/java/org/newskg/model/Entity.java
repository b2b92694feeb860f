package org.newskg.model;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A real-world entity found in a document.
 *
 * @param key       stable identity: type segment and slug of the canonical name ("person/john-podesta")
 * @param type      its kind
 * @param label     canonical name
 * @param altLabels every other surface form seen, sorted
 * @param aliases   its proper names in the document, each with the rule that joined it
 */
public record Entity(String key, EntityType type, String label, Set<String> altLabels, List<Alias> aliases) {

    public Entity {
        TreeSet<String> others = new TreeSet<>(altLabels);
        others.remove(label);
        altLabels = Collections.unmodifiableSortedSet(others);
        aliases = List.copyOf(aliases);
    }

    /** An entity without recorded aliases. */
    public Entity(String key, EntityType type, String label, Set<String> altLabels) {
        this(key, type, label, altLabels, List.of());
    }
}
