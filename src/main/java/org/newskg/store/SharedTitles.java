package org.newskg.store;

import org.newskg.model.EntityType;
import org.newskg.names.NameRule;
import org.newskg.store.NameClusters.Group;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Narrows a surname that fits two or more people by the titles documents call them by
 * ({@link NameRule#SHARED_TITLE}): "Lind", whose documents call Lind "the President", fits the
 * one of Vera Lind and Ola Lind that some document calls "the President". When no candidate or
 * two candidates share a title with it, nothing is narrowed and the name stays ambiguous.
 */
final class SharedTitles {

    private SharedTitles() {
    }

    /** The one candidate sharing a title with the short group, with rule SharedTitle; else the fits unchanged. */
    static Map<Group, NameRule> narrow(Group g, Map<Group, NameRule> fits) {
        if (fits.size() < 2 || g.type != EntityType.PERSON) {
            return fits;
        }
        Set<String> own = titles(Set.of(g));
        if (own.isEmpty()) {
            return fits;
        }
        Map<Group, NameRule> out = new LinkedHashMap<>();
        for (Group root : fits.keySet()) {
            if (root.type != EntityType.PERSON) {
                return fits; // a surname fitting a non-person too is beyond what titles tell apart
            }
            Set<String> theirs = titles(new HashSet<>(root.members));
            theirs.retainAll(own);
            if (!theirs.isEmpty()) {
                out.put(root, NameRule.SHARED_TITLE);
            }
        }
        return out.size() == 1 ? out : fits;
    }

    /** The normalised titles the groups' documents call them by (aliases with rule Title). */
    private static Set<String> titles(Set<Group> groups) {
        Set<String> out = new HashSet<>();
        for (Group m : groups) {
            m.explained.forEach((name, rule) -> {
                if (rule.equals(NameRule.TITLE.localName())) {
                    out.add(name);
                }
            });
        }
        return out;
    }
}
