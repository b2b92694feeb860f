package org.newskg.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation's name in one form whatever the order of its words: the country it belongs to
 * ("Brazilian", "of France", a country's name before it) apart from the rest, its core, and the
 * core with its head word last ("ministry of health" and "health ministry" are one core) and in
 * its usual form from the data file ("foreign affairs ministry" is "foreign ministry"). A
 * country is split off only when the core keeps two words or more: "Bank of Japan", "University
 * of Texas" stay whole, since "Washington University" and "University of Washington" are two
 * universities. Only a demonym or a country's name listed in {@code newskg/demonyms.tsv} counts
 * as a country. Immutable and thread-safe.
 */
public final class OrgNames {

    static final String DEMONYMS = "newskg/demonyms.tsv";
    private static final OrgNames BUNDLED = load();

    /** A name's country (a normalised place name, or null) and its core in head-last form. */
    public record Form(String place, String core) {
        /** The key two names share when they name one organisation. */
        public String key() {
            return (place == null ? "" : place) + "|" + core;
        }
    }

    private final NameRules rules = NameRules.bundled();
    private final Map<String, String> placeOfDemonym = new HashMap<>();
    private final Map<String, String> placeOfName = new HashMap<>();

    private OrgNames() {
    }

    public static OrgNames bundled() {
        return BUNDLED;
    }

    private static OrgNames load() {
        OrgNames o = new OrgNames();
        for (DataRows.Row r : DataRows.of(DEMONYMS)) {
            String[] row = r.cells();
            if (row.length < 2 || row[0].equals("demonym")) {
                continue;
            }
            String place = NameRules.normalize(row[1]);
            o.placeOfDemonym.put(NameRules.normalize(row[0]), place);
            o.placeOfName.put(place, place);
            if (row.length > 2) {
                for (String alias : row[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        o.placeOfName.put(NameRules.normalize(alias), place);
                    }
                }
            }
        }
        return o;
    }

    /** The country a demonym or a country's name stands for ("argentine", "u.s."), normalised; or null. */
    public String countryOf(String phrase) {
        String n = NameRules.normalize(phrase);
        String p = placeOfDemonym.get(n);
        return p != null ? p : placeOfName.get(n);
    }

    /** The form of a normalised organisation name. */
    public Form form(String normalized) {
        List<String> t = new ArrayList<>(NameRules.tokens(normalized));
        String place = null;
        // "brazilian foreign ministry", "kenya medical research institute"
        for (int k = Math.min(3, t.size() - 2); k >= 1 && place == null; k--) {
            String p = countryOf(String.join(" ", t.subList(0, k)));
            if (p != null) {
                place = p;
                t = new ArrayList<>(t.subList(k, t.size()));
            }
        }
        // "foreign ministry of france", "communist party of the philippines"
        int of = t.lastIndexOf("of");
        if (place == null && of >= 2) {
            int from = of + 1 < t.size() && t.get(of + 1).equals("the") ? of + 2 : of + 1;
            String p = from < t.size() ? countryOf(String.join(" ", t.subList(from, t.size()))) : null;
            if (p != null) {
                place = p;
                t = new ArrayList<>(t.subList(0, of));
            }
        }
        return new Form(place, rules.orgForm(headLast(t)));
    }

    /** "ministry of health" as "health ministry", "department of the interior" as "interior department". */
    private String headLast(List<String> t) {
        if (t.size() >= 3 && rules.isOfHead(t.get(0)) && (t.get(1).equals("of") || t.get(1).equals("for"))) {
            int from = t.get(2).equals("the") && t.size() > 3 ? 3 : 2;
            return String.join(" ", t.subList(from, t.size())) + " " + t.get(0);
        }
        return String.join(" ", t);
    }

    /** True when the form is not just the name itself: a country split off, or words reordered. */
    public static boolean changed(Form f, String normalized) {
        return f.place() != null || !f.core().equals(normalized);
    }
}
