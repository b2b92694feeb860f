package org.newskg.extract.entities;

import org.newskg.names.NameRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a person's short name stands for in one document when several full names fit it.
 * <ul>
 *   <li>Two full names, one inside the other ("Gloria Vanderbilt", later "Gloria Morgan
 *   Vanderbilt"): news introduces a person by the fullest name first, so a longer name first used
 *   after the shorter one, longer by a middle name rather than an initial, introduces another
 *   person. Words before the given name are no middle name (a title or an outlet NER ran in).
 *   "Gloria Morgan Vanderbilt ... Gloria Vanderbilt" and "Donald J. Trump ... Donald Trump" stay one.</li>
 *   <li>A bare surname several people of the document share ("Vanderbilt") stands for the one
 *   named first, when that person is named in full in the title (without one, the first sentence), in
 *   full more often than each of the others, and before the surname is first used: the article's
 *   subject ({@link org.newskg.names.NameRule#LEAD_PERSON}). "Cooper" in an article about
 *   Vanderbilt, whose sons and husband are Coopers, stays apart.</li>
 * </ul>
 */
final class SurnameReferents {

    private final Clusters c;
    private final NameRules rules;
    private final Map<String, Long> firstUse = new HashMap<>();

    private final String title;

    SurnameReferents(Clusters clusters, NameRules rules, String title) {
        this.c = clusters;
        this.rules = rules;
        this.title = title;
        for (int i = 0; i < c.size(); i++) {
            if (c.isPersonName(i)) {
                firstUse.merge(name(i), position(i), Math::min);
            }
        }
    }

    private String name(int i) {
        return rules.withoutHonorifics(NameRules.personName(c.get(i).text()));
    }

    private long position(int i) {
        return ((long) c.get(i).sentence() << 32) | c.get(i).begin();
    }

    /**
     * False when the longer full name is another person than the shorter full name: it is first
     * used after the shorter one, has the same first and last names, and adds a middle name, not
     * only initials.
     */
    boolean mayStandFor(int shortName, String longName) {
        List<String> s = NameRules.tokens(name(shortName));
        if (s.stream().filter(w -> !rules.hasGeneration(w)).count() < 2) { // "Trump Jr." names no given name
            return true;
        }
        Long shortFirst = firstUse.get(name(shortName));
        Long longFirst = firstUse.get(longName);
        if (shortFirst == null || longFirst == null || longFirst < shortFirst) {
            return true;
        }
        List<String> l = NameRules.tokens(longName).stream().filter(w -> !rules.hasGeneration(w)).toList();
        List<String> given = s.stream().filter(w -> !rules.hasGeneration(w)).toList();
        boolean middle = l.get(0).equals(given.get(0)) && l.get(l.size() - 1).equals(given.get(given.size() - 1));
        return !middle || l.stream().filter(w -> !s.contains(w)).allMatch(w -> w.length() < 2);
    }

    /** The candidate of the lead person a bare surname stands for among the fitting ones, or -1. */
    int lead(int surname, List<Integer> fitting) {
        if (NameRules.tokens(name(surname)).size() != 1) {
            return -1;
        }
        Map<Integer, Integer> mentions = new HashMap<>();
        Map<Integer, Long> first = new HashMap<>();
        Map<Integer, Integer> member = new HashMap<>();
        for (int j : fitting) {
            int root = c.find(j);
            mentions.merge(root, 1, Integer::sum);
            first.merge(root, position(j), Math::min);
            member.putIfAbsent(root, j);
        }
        List<Integer> roots = new ArrayList<>(mentions.keySet());
        roots.sort((a, b) -> Long.compare(first.get(a), first.get(b)));
        int lead = roots.get(0);
        for (int other : roots.subList(1, roots.size())) {
            if (mentions.get(other) >= mentions.get(lead)) {
                return -1;
            }
        }
        return mentions.get(lead) >= 2 && first.get(lead) < position(surname) && inHeadline(lead) ? member.get(lead) : -1;
    }

    /** True when the document's title, or without one its first sentence, names the set. */
    private boolean inHeadline(int root) {
        for (int k = 0; k < c.size(); k++) {
            if (c.isName(k) && c.find(k) == root && (title == null ? c.get(k).sentence() == 0
                    : Names.tokens(c.normalizedText(k)).size() > 1 && (" " + Names.normalize(title) + " ")
                    .contains(" " + c.normalizedText(k) + " "))) {
                return true;
            }
        }
        return false;
    }
}
