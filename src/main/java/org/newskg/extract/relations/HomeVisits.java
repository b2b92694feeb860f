package org.newskg.extract.relations;

import org.newskg.extract.DocContext;
import org.newskg.extract.TsvTable;
import org.newskg.model.Entity;
import org.newskg.model.Relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One does not visit one's own country: "the Egyptian minister and his counterparts gathered in
 * Cairo" is a visit for the guests only. A {@code visited} fact is dropped when the document makes
 * its subject a citizen of the place visited or of the country whose capital it is
 * ({@code newskg/capitals.tsv}, data).
 */
final class HomeVisits {

    static final String RESOURCE = "newskg/capitals.tsv";

    /** Country name (lower case) to its capital (lower case); immutable once read. */
    private final Map<String, String> capitalOf;

    private HomeVisits(Map<String, String> capitalOf) {
        this.capitalOf = Map.copyOf(capitalOf);
    }

    static HomeVisits bundled() {
        Map<String, String> m = new HashMap<>();
        for (TsvTable.Row row : TsvTable.rowsFromClasspath(RESOURCE)) {
            String[] c = row.cells();
            if (c[0].equals("country")) {
                continue;
            }
            if (c.length < 2 || c[1].isBlank()) {
                throw row.error("a capitals row needs a country and its capital");
            }
            m.put(norm(c[0]), norm(c[1]));
        }
        return new HomeVisits(m);
    }

    /** The facts without the visits of a citizen to their own country or its capital. */
    List<Relation> drop(List<Relation> facts, DocContext ctx) {
        Map<String, Set<String>> homes = new HashMap<>();
        for (Relation r : facts) {
            if (r.predicate().equals("citizenOf") && !r.negated()) {
                Entity country = ctx.entities().entity(r.objectKey());
                if (country != null) {
                    Set<String> h = homes.computeIfAbsent(r.subjectKey(), k -> new HashSet<>());
                    h.add(norm(country.label()));
                    String capital = capitalOf.get(norm(country.label()));
                    if (capital != null) {
                        h.add(capital);
                    }
                }
            }
        }
        List<Relation> out = new ArrayList<>();
        for (Relation r : facts) {
            Entity place = r.predicate().equals("visited") ? ctx.entities().entity(r.objectKey()) : null;
            if (place == null || !homes.getOrDefault(r.subjectKey(), Set.of()).contains(norm(place.label()))) {
                out.add(r);
            }
        }
        return out;
    }

    private static String norm(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }
}
