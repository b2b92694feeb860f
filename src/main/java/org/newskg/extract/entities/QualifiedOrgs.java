package org.newskg.extract.entities;

import org.newskg.extract.SentenceGraph;
import org.newskg.names.NameRule;
import org.newskg.names.NameRules;
import org.newskg.names.OrgNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The country each organisation name of a document belongs to, and the joins and refusals that
 * follow from it. The country is in the name ("the Brazilian Foreign Ministry", "the Foreign
 * Ministry of France", see {@link OrgNames}) or next to it where NER left it out ("Argentina's
 * Foreign Ministry", "the Olympic Committee of Chile"). Names with one country and one core are
 * one organisation ("Ministry of Health" and "Health Ministry"; "the French Foreign Ministry" and
 * "the Foreign Ministry of France"). Two names of two countries are never joined by a name rule,
 * and a name a country qualifies is not the short name of a longer one no country qualifies:
 * "the Olympic Committee of Chile" is not the "International Olympic Committee".
 */
final class QualifiedOrgs {

    private static final Set<String> PLACE_NER = Set.of("COUNTRY", "LOCATION", "STATE_OR_PROVINCE", "CITY");

    private final Clusters c;
    private final List<SentenceGraph> graphs;
    private final OrgNames names = OrgNames.bundled();
    private final Map<Integer, OrgNames.Form> forms = new HashMap<>();
    private final Map<Integer, String> besidePlace = new HashMap<>();
    private final Set<Integer> placeAfter = new java.util.HashSet<>();

    QualifiedOrgs(Clusters clusters, List<SentenceGraph> graphs) {
        this.c = clusters;
        this.graphs = graphs;
        for (int i = 0; i < c.size(); i++) {
            if (c.isName(i) && "ORGANIZATION".equals(c.get(i).nerType())) {
                OrgNames.Form f = names.form(NameRules.normalize(c.get(i).text()));
                String beside = f.place() == null ? placeBefore(c.get(i)) : null;
                if (f.place() == null && beside == null) {
                    beside = placeAfter(c.get(i));
                    if (beside != null) {
                        placeAfter.add(i);
                    }
                }
                if (beside != null) {
                    besidePlace.put(i, beside);
                    f = new OrgNames.Form(beside, f.core());
                }
                forms.put(i, f);
            }
        }
    }

    /** The country named next to the name, outside it, or null. */
    String besidePlace(int i) {
        return besidePlace.get(i);
    }

    /** Joins the organisation names of one country and one core. */
    void merge() {
        Map<String, Integer> first = new HashMap<>();
        forms.keySet().stream().sorted().forEach(i -> {
            OrgNames.Form f = forms.get(i);
            if (NameRules.tokens(f.core()).size() < 2 && f.place() == null) {
                return;
            }
            Integer j = first.putIfAbsent(f.key(), i);
            if (j != null && c.find(i) != c.find(j)) {
                c.union(i, j, NameRule.VARIANT);
            }
        });
    }

    /**
     * False when a name rule must not join name i to name j: their countries differ, or i's
     * country, named after it, qualifies no part of j ("the Olympic Committee of Chile" and the
     * "International Olympic Committee"; NER cut "of Chile" off a name that holds it). A country
     * before the name belongs to it ("Iran's Quds Force" is the "Revolutionary Guard Corps-Quds Force").
     */
    boolean mayJoin(int i, int j) {
        String a = place(i);
        String b = place(j);
        if (a != null && b != null) {
            return a.equals(b);
        }
        return a == null || !placeAfter.contains(i);
    }

    /** The names of one core as i, unqualified, each with a country: what a bare name may stand for. */
    List<Integer> qualifiedOfCore(int i) {
        List<Integer> out = new ArrayList<>();
        OrgNames.Form f = forms.get(i);
        if (f == null || f.place() != null) {
            return out;
        }
        forms.forEach((j, g) -> {
            if (g.place() != null && g.core().equals(f.core())) {
                out.add(j);
            }
        });
        out.sort(null);
        return out;
    }

    private String place(int i) {
        OrgNames.Form f = forms.get(i);
        return f == null ? null : f.place();
    }

    private String placeBefore(Candidate x) {
        SentenceGraph g = graphs.get(x.sentence());
        // "Argentina's Foreign Ministry"
        if (x.begin() >= 2 && g.token(x.begin() - 1).pos().equals("POS")) {
            int to = x.begin() - 1;
            int from = to;
            while (from > 0 && PLACE_NER.contains(g.token(from - 1).ner())) {
                from--;
            }
            if (from < to) {
                return names.countryOf(g.text(from, to - 1));
            }
        }
        // "the French Foreign Ministry" where NER left out "French"
        if (x.begin() >= 1 && "NATIONALITY".equals(g.token(x.begin() - 1).ner())) {
            return names.countryOf(g.token(x.begin() - 1).word());
        }
        return null;
    }

    private String placeAfter(Candidate x) {
        SentenceGraph g = graphs.get(x.sentence());
        // "the Olympic Committee of Chile"
        if (x.end() + 1 < g.size() && g.token(x.end()).word().equals("of")) {
            int from = x.end() + 1;
            if (g.token(from).word().equalsIgnoreCase("the") && from + 1 < g.size()) {
                from++;
            }
            int to = from;
            while (to < g.size() && PLACE_NER.contains(g.token(to).ner())) {
                to++;
            }
            if (to > from) {
                return names.countryOf(g.text(from, to - 1));
            }
        }
        return null;
    }
}
