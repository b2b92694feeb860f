package org.newskg.extract.entities;

import org.newskg.extract.TsvTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Demonyms and place names, from a data file ({@code newskg/demonyms.tsv}): "Kenyan" is of Kenya. */
public final class Demonyms {

    static final String RESOURCE = "newskg/demonyms.tsv";

    private final Map<String, String> placeOfDemonym;
    private final Map<String, String> placeOfName;
    private final Map<String, List<String>> namesOfPlace;

    private Demonyms(Map<String, String> placeOfDemonym, Map<String, String> placeOfName,
                     Map<String, List<String>> namesOfPlace) {
        this.placeOfDemonym = placeOfDemonym;
        this.placeOfName = placeOfName;
        this.namesOfPlace = namesOfPlace;
    }

    public static Demonyms bundled() {
        return of(TsvTable.fromClasspath(RESOURCE));
    }

    static Demonyms of(List<String[]> rows) {
        Map<String, String> byDemonym = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        for (String[] row : rows) {
            if (row[0].equals("demonym")) {
                continue;
            }
            if (row.length < 2) {
                throw new IllegalArgumentException("demonym row needs demonym and place: " + String.join(" ", row));
            }
            String place = row[1].trim();
            byDemonym.put(row[0].trim(), place);
            List<String> all = names.computeIfAbsent(place, k -> new ArrayList<>());
            if (!all.contains(place)) {
                all.add(place);
            }
            byName.put(norm(place), place);
            if (row.length > 2 && !row[2].isBlank()) {
                for (String alias : row[2].split("\\|")) {
                    byName.put(norm(alias), place);
                    if (!all.contains(alias.trim())) {
                        all.add(alias.trim());
                    }
                }
            }
        }
        return new Demonyms(byDemonym, byName, names);
    }

    /** The place a demonym ("Kenyan", "South Korean") belongs to, or null; case matters ("Turkish", not "turkish"). */
    public String placeOf(String demonym) {
        return placeOfDemonym.get(demonym);
    }

    /** The usual name of a place given one of its names ("U.S." to "United States"), or null. */
    public String placeNamed(String name) {
        return placeOfName.get(norm(name));
    }

    /** Every name of a place (its usual name first). */
    List<String> namesOf(String place) {
        return namesOfPlace.getOrDefault(place, List.of(place));
    }

    private static String norm(String s) {
        return s.trim().replaceFirst("(?i)^the\\s+", "").toLowerCase(Locale.ROOT);
    }
}
