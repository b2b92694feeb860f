package org.newskg.store;

import org.newskg.names.Initials;
import org.newskg.model.EntityType;
import org.newskg.names.NameRule;
import org.newskg.names.NameRules;
import org.newskg.store.NameClusters.Group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The name rules by which a short group of the store can stand for a longer one, across
 * documents: a person's surname, an organisation's name without its corporate suffix, its one
 * last word or a leading place the store knows, initials, a listed short form.
 */
final class RuleFits {

    private final NameRules rules;
    private final Set<String> places = new HashSet<>();

    RuleFits(NameRules rules) {
        this.rules = rules;
    }

    /** The normalised names of the store's places, for {@link #placeQualified}. */
    void places(Collection<String> names) {
        places.clear();
        places.addAll(names);
    }

    /** Organisations and places are confused by NER; acronyms and known short forms may cross them. */
    static boolean compatible(EntityType a, EntityType b, boolean acrossOrgAndPlace) {
        return a == b || acrossOrgAndPlace && a != EntityType.PERSON && b != EntityType.PERSON
                && a != EntityType.WORK && b != EntityType.WORK;
    }

    /** Why the short group g can stand for the longer group h by a name rule, or null. */
    NameRule fit(Group g, Group h) {
        if (g.type == EntityType.PERSON && h.type == EntityType.PERSON
                && rules.isSurnameOf(NameRules.personName(g.surface), NameRules.personName(h.surface))) {
            return NameRule.SURNAME;
        }
        if (g.type == EntityType.ORGANIZATION && h.type == EntityType.ORGANIZATION
                && (rules.isSuffixShortOf(g.full, h.full) || placeQualified(h.full).contains(g.full) || oneWordShort(g.full, h.full))) {
            return NameRule.SHORT_NAME;
        }
        String letters = Initials.acronym(g.surface);
        if (compatible(g.type, h.type, true) && (rules.initials().match(letters, h.full)
                || letters != null && letters.equals(rules.initials().compound(h.surface)))) {
            return NameRule.INITIALS;
        }
        return compatible(g.type, h.type, true) && rules.isKnownShortFormOf(g.full, h.full) ? NameRule.KNOWN_SHORT_FORM : null;
    }

    /**
     * A name of two or more words that a longer organisation's name (corporate suffixes left out)
     * only adds one last word to, not a unit's: "kestrel aerospace" for "kestrel aerospace systems
     * inc", never "harbor news" for "harbor news channel".
     */
    private boolean oneWordShort(String shortName, String longName) {
        String s = rules.withoutSuffix(shortName);
        String l = rules.withoutSuffix(longName);
        return NameRules.tokens(s).size() > 1 && NameRules.tokens(l).size() == NameRules.tokens(s).size() + 1
                && rules.isLeadingWordsOf(s, l) && rules.indexWords(l).size() == NameRules.tokens(l).size();
    }

    /**
     * An organisation's name without a leading place the store knows: "department of justice"
     * for "united states department of justice".
     */
    List<String> placeQualified(String full) {
        List<String> t = NameRules.tokens(full);
        List<String> out = new ArrayList<>();
        for (int k = 1; k < t.size(); k++) {
            if (places.contains(String.join(" ", t.subList(0, k)))) {
                out.add(String.join(" ", t.subList(k, t.size())));
            }
        }
        return out;
    }
}
