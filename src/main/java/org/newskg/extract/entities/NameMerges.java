package org.newskg.extract.entities;

import org.newskg.names.Initials;
import org.newskg.extract.SentenceGraph;
import org.newskg.names.NameRule;
import org.newskg.names.NameRules;
import org.newskg.names.OrgNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the names of one document that stand for one entity: the same name; an expansion in
 * parentheses or apposition ("World Health Organization (WHO)"); initials that fit one
 * organisation named in the document; a surname that fits one full name; an organisation's
 * name without its suffix or trailing words ("Redline" for "Redline Energy"); a handle the text
 * ties to its owner ("@acme_news, the Acme News account", see {@link HandleMerges}). Expansions
 * are {@link ExpansionMerges}. A short name that would fit two
 * entities joins neither. Every lookup goes through an index built once per step.
 */
final class NameMerges {

    private final Clusters c;
    private final List<SentenceGraph> graphs;
    private final NameRules rules = NameRules.bundled();
    private final OrgNames orgNames = OrgNames.bundled();

    private final String title;
    private QualifiedOrgs qualified;

    /** The title (or null) tells the article's subject ({@link SurnameReferents}). */
    NameMerges(Clusters clusters, List<SentenceGraph> graphs, String title) {
        this.c = clusters;
        this.graphs = graphs;
        this.title = title;
    }

    void merge() {
        qualified = new QualifiedOrgs(c, graphs);
        sameNames();
        qualified.merge();
        new ExpansionMerges(c, graphs, rules).merge();
        initialsAndKnownShortForms();
        surnames();
        shortOrganisationNames();
        new HandleMerges(c, graphs).merge();
        juniors();
    }

    private boolean isName(int i) {
        return c.isName(i);
    }

    private boolean isPerson(int i) {
        return c.isPersonName(i);
    }

    private boolean isOrgOrPlace(int i) {
        return isName(i) && ("ORGANIZATION".equals(c.get(i).nerType()) || "LOCATION".equals(c.get(i).nerType()));
    }

    private String norm(int i) {
        return c.normalizedText(i);
    }

    private int words(int i) {
        return c.words(i);
    }

    // ---- the same name ----

    private void sameNames() {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            Candidate x = c.get(i);
            if (!Clusters.isNamed(x)) {
                continue;
            }
            String beside = qualified.besidePlace(i);
            // "Brazil's Foreign Ministry" and "Argentina's Foreign Ministry" are two ministries
            Integer j = first.putIfAbsent(nameKey(x) + (beside == null ? "" : "@" + beside), i);
            if (j != null) {
                c.union(i, j, NameRule.SAME_NAME);
            }
        }
    }

    private String nameKey(Candidate x) {
        if (x.text().startsWith("@")) {
            return "h:" + x.text().toLowerCase(java.util.Locale.ROOT);
        }
        if (x.kind() != Candidate.Kind.WORK) {
            return "n:" + Names.normalize(x.text());
        }
        SentenceGraph g = graphs.get(x.sentence());
        String head = g.lemma(x.head());
        String mods = x.text().substring(0, Math.max(0, x.text().length() - g.token(x.head()).word().length()));
        return "w:" + Names.normalize(mods + " " + head);
    }

    // ---- "NCA" for the one "National Crime Agency" of the document; "U.S." for "United States" ----

    private void initialsAndKnownShortForms() {
        List<Integer> longNames = new ArrayList<>();
        Map<String, List<Integer>> byName = new HashMap<>();
        Map<String, List<Integer>> byCore = new HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            if (isOrgOrPlace(i) && words(i) > 1) {
                longNames.add(i);
                byName.computeIfAbsent(norm(i), k -> new ArrayList<>()).add(i);
                // "U.S. Centers for Disease Control and Prevention" is the "Centers for ..." the CDC stands for
                String core = orgNames.form(norm(i)).core();
                if (!core.equals(norm(i))) {
                    byCore.computeIfAbsent(core, k -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<String, List<Integer>> byInitials = new HashMap<>();
        for (int j : longNames) {
            Set<String> letterSets = initialsOf(norm(j));
            String compound = rules.initials().compound(c.get(j).text());
            if (compound != null) {
                letterSets.add(compound);
            }
            for (String letters : letterSets) {
                byInitials.computeIfAbsent(letters, k -> new ArrayList<>()).add(j);
            }
        }
        for (int i = 0; i < c.size(); i++) {
            if (!isName(i) || isPerson(i) || "HANDLE".equals(c.get(i).nerType())
                    || words(i) != 1 && Initials.acronym(c.get(i).text()) == null) {
                continue;
            }
            String letters = Initials.acronym(c.get(i).text());
            if (letters != null) {
                c.joinUnique(i, byInitials.getOrDefault(letters, List.of()), NameRule.INITIALS);
            }
            List<Integer> known = new ArrayList<>();
            for (String full : rules.knownFullNames(norm(i))) {
                known.addAll(byName.getOrDefault(full, List.of()));
            }
            if (known.isEmpty()) {
                // only where the full name itself is not written: "CDC" for the "U.S. Centers for ..."
                for (String full : rules.knownFullNames(norm(i))) {
                    known.addAll(byCore.getOrDefault(full, List.of()));
                }
            }
            c.joinUnique(i, known, NameRule.KNOWN_SHORT_FORM);
        }
    }

    /** The acronyms a name's initials can spell: of all its words, and of its major words. */
    private Set<String> initialsOf(String normalized) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder all = new StringBuilder();
        for (String w : Names.tokens(rules.withoutSuffix(normalized))) {
            if (!w.isEmpty() && Character.isLetterOrDigit(w.charAt(0))) {
                all.append(w.charAt(0));
            }
        }
        StringBuilder major = new StringBuilder();
        for (String w : rules.majorWords(rules.withoutSuffix(normalized))) {
            major.append(w.charAt(0));
        }
        for (StringBuilder letters : List.of(all, major)) {
            if (letters.length() >= 2) {
                out.add(letters.toString());
            }
        }
        return out;
    }

    // ---- "Merkel" for the one "Angela Merkel" ----

    private void surnames() {
        SurnameReferents referents = new SurnameReferents(c, rules, title);
        Map<String, Map<String, List<Integer>>> longByWord = new HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            if (isPerson(i)) {
                String n = rules.withoutHonorifics(NameRules.personName(c.get(i).text()));
                for (String w : Names.tokens(n)) {
                    longByWord.computeIfAbsent(w, k -> new LinkedHashMap<>()).computeIfAbsent(n, k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (int i = 0; i < c.size(); i++) {
            if (!isPerson(i)) {
                continue;
            }
            String shortName = rules.withoutHonorifics(NameRules.personName(c.get(i).text()));
            List<String> t = Names.tokens(shortName);
            if (t.isEmpty()) {
                continue;
            }
            List<Integer> targets = new ArrayList<>();
            int shortOne = i;
            longByWord.getOrDefault(t.get(t.size() - 1), Map.of()).forEach((name, idx) -> {
                // "al-Assad" beside "Bashar al-Assad" is "Assad" with its particle, not one more person
                if (rules.isSurnameOf(shortName, name) && referents.mayStandFor(shortOne, name)
                        && !Names.tokens(name).stream().filter(w -> !rules.isParticle(w)).toList().equals(t)) {
                    targets.addAll(idx);
                }
            });
            if (targets.stream().map(c::find).distinct().count() > 1) {
                int lead = referents.lead(i, targets);
                if (lead >= 0) {
                    c.union(i, lead, NameRule.LEAD_PERSON);
                }
                continue;
            }
            c.joinUnique(i, targets, NameRule.SURNAME);
        }
    }

    // ---- "Acme" for "Acme Group", "Redline" for "Redline Energy" ----

    private void shortOrganisationNames() {
        Map<String, List<Integer>> byEdgeWord = new HashMap<>();
        Set<String> otherKinds = new java.util.HashSet<>();
        for (int i = 0; i < c.size(); i++) {
            if (isName(i) && !"ORGANIZATION".equals(c.get(i).nerType())) {
                otherKinds.add(norm(i));
            }
        }
        for (int i = 0; i < c.size(); i++) {
            if (isName(i) && "ORGANIZATION".equals(c.get(i).nerType()) && words(i) > 1) {
                List<String> t = Names.tokens(norm(i));
                byEdgeWord.computeIfAbsent("first:" + t.get(0), k -> new ArrayList<>()).add(i);
                byEdgeWord.computeIfAbsent("last:" + t.get(t.size() - 1), k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < c.size(); i++) {
            if (!isName(i) || !"ORGANIZATION".equals(c.get(i).nerType()) || Initials.acronym(c.get(i).text()) != null
                    && words(i) == 1 && c.get(i).text().length() <= 3) {
                continue;
            }
            String s = norm(i);
            List<String> t = Names.tokens(s);
            if (t.isEmpty()) {
                continue;
            }
            List<Integer> bySuffix = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            for (int j : byEdgeWord.getOrDefault("first:" + t.get(0), List.of())) {
                String l = norm(j);
                if (!qualified.mayJoin(i, j)) {
                    continue;
                }
                if (rules.isSuffixShortOf(s, l)) {
                    bySuffix.add(j);
                } else if (rules.isLeadingWordsOf(s, l) && !rules.isKnownFullName(s)) {
                    // the "United Nations", a full name of the data file, is not the "United Nations Children's Fund"
                    targets.add(j);
                }
            }
            if (!bySuffix.isEmpty()) {
                c.joinUnique(i, bySuffix, NameRule.SHORT_NAME);
                continue;
            }
            if (otherKinds.contains(s)) {
                // "United States" is a place here too, not short for "United States Department of Defense"
                continue;
            }
            for (int j : byEdgeWord.getOrDefault("last:" + t.get(t.size() - 1), List.of())) {
                if (rules.isTrailingWordsOf(s, norm(j)) && qualified.mayJoin(i, j)) {
                    targets.add(j);
                }
            }
            // a bare "Foreign Ministry" where two countries' foreign ministries are named fits both
            targets.addAll(qualified.qualifiedOfCore(i));
            c.joinUnique(i, targets, NameRule.SHORT_NAME);
        }
    }

    // ---- "Junior" for the one "X Jr." ----

    private void juniors() {
        List<Integer> juniors = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (isPerson(i) && rules.hasGeneration(norm(i)) && Names.tokens(norm(i)).contains("jr")) {
                juniors.add(i);
            }
        }
        for (int i = 0; i < c.size(); i++) {
            if (isPerson(i) && (norm(i).equals("junior") || norm(i).equals("jr"))) {
                c.joinUnique(i, juniors, NameRule.SURNAME);
            }
        }
    }
}
