package org.newskg.dev;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Scores the triples of {@link KbpOpenieProbe} against a corpus gold and main's export. KBP slots
 * are mapped through {@link KbpSlots}; OpenIE relation phrases through {@link LexiconHeads}. An
 * argument names a gold entity when its canonical mention, else its text, matches one gold name
 * or alias as {@code score.py} matches labels (a demonym also names its country, through
 * {@code newskg/demonyms.tsv}). Facts are compared as gold keys; an argument naming no gold
 * entity makes a wrong fact. Prints per relation: predicted, correct, facts found, and facts main
 * misses; then each tier's P and R of main alone and of main plus the candidates.
 *
 * <p>Arguments (re-scoring a saved run): TRIPLES_TSV GOLD_JSON MAIN_NQ MAIN_EXPLAIN
 */
public final class ProbeScore {

    static final Set<String> TIER1 = Set.of("messaged", "solicited", "tweeted", "denied", "declined", "praised",
            "published", "shared", "obtained", "stole", "transferred", "met", "memberOf", "founderOf", "childOf");
    static final Set<String> TIER2 = Set.of("accused", "criticized", "threatened", "investigated", "sued", "charged",
            "arrested", "convicted", "sentenced", "fined", "sanctioned", "attacked", "killed", "visited", "agreedWith",
            "supported", "opposed", "aided", "acquired", "investedIn", "partneredWith", "appointed", "fired", "resigned",
            "announced", "launched", "spouseOf", "locatedIn", "headquarteredIn", "citizenOf");

    /** One mapped candidate fact: its gold key and the triple it came from. */
    private record Candidate(String key, String relation, String origin, ProbeTriple from) {
    }

    private final GoldFacts gold;
    private final Map<String, List<String>> places;
    private final Set<String> main;

    private ProbeScore(GoldFacts gold, Map<String, List<String>> places, Set<String> main) {
        this.gold = gold;
        this.places = places;
        this.main = main;
    }

    public static void main(String[] args) throws IOException {
        report(ProbeTriple.read(Path.of(args[0])), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
    }

    static void report(List<ProbeTriple> triples, Path goldFile, Path mainNq, Path explain) throws IOException {
        GoldFacts gold = GoldFacts.load(goldFile, explain);
        Set<String> all = new HashSet<>(TIER1);
        all.addAll(TIER2);
        ProbeScore s = new ProbeScore(gold, demonyms(), MainFacts.read(mainNq, gold, all));
        List<ProbeTriple> kbp = triples.stream().filter(t -> t.source().equals("kbp")).toList();
        List<ProbeTriple> openie = triples.stream().filter(t -> t.source().equals("openie")).toList();
        if (!kbp.isEmpty()) {
            s.kbp(kbp);
        }
        if (!openie.isEmpty()) {
            s.openie(openie, LexiconHeads.load());
        }
    }

    private void kbp(List<ProbeTriple> triples) {
        Map<String, Integer> slots = new TreeMap<>();
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (ProbeTriple t : triples) {
            slots.merge(t.relation(), 1, Integer::sum);
            KbpSlots.Mapping m = KbpSlots.of(t.relation());
            if (m == null) {
                continue;
            }
            String s = id(t.subjectCanonical(), t.subject());
            String o = id(t.objectCanonical(), t.object());
            String key = m.inverse() ? GoldFacts.key(o, m.relation(), s) : GoldFacts.key(s, m.relation(), o);
            candidates.merge(key, new Candidate(key, m.relation(), t.relation(), t),
                    (a, b) -> b.from().confidence() > a.from().confidence() ? b : a);
        }
        System.out.println("kbp triples by slot (all, before mapping): " + slots);
        System.out.println("kbp mapped candidates (distinct gold keys; ? = names no gold entity):");
        candidates.values().forEach(c -> System.out.println("  " + verdict(c) + " " + c.key() + "  [" + c.origin() + " "
                + String.format(Locale.ROOT, "%.2f", c.from().confidence()) + "] " + c.from().doc() + "#" + c.from().sentence()
                + " '" + c.from().subject() + "' -> '" + c.from().object() + "'"));
        table("kbp by relation", new ArrayList<>(candidates.values()), Candidate::relation);
        table("kbp by slot", new ArrayList<>(candidates.values()), Candidate::origin);
        for (double min : new double[] {0.0, 0.9, 1.0}) {
            union(String.format(Locale.ROOT, "kbp(confidence>=%.1f)", min), candidates.values().stream()
                    .filter(c -> c.from().confidence() >= min).map(Candidate::key).collect(java.util.stream.Collectors.toSet()));
        }
    }

    private void openie(List<ProbeTriple> triples, LexiconHeads lexicon) {
        int triggered = 0;
        int bothGold = 0;
        int withCorrect = 0;
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (ProbeTriple t : triples) {
            Set<String> relations = lexicon.relations(t.headLemma(), t.relationLemmas());
            if (relations.isEmpty()) {
                continue;
            }
            triggered++;
            String s = gold.entity(t.subject());
            String o = gold.entity(t.object());
            if (s == null || o == null || s.equals(o)) {
                continue;
            }
            bothGold++;
            boolean any = false;
            for (String r : relations) {
                String key = t.passive() ? GoldFacts.key(o, r, s) : GoldFacts.key(s, r, o);
                candidates.putIfAbsent(key, new Candidate(key, r, t.headLemma(), t));
                any |= gold.correct(key);
            }
            withCorrect += any ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "openie: %d triples; %d with a lexicon trigger as head; %d of those with both arguments"
                + " naming gold entities; %d of those give a correct gold fact%n", triples.size(), triggered, bothGold, withCorrect);
        candidates.values().stream().filter(c -> gold.correct(c.key())).forEach(c -> System.out.println("  " + verdict(c) + " "
                + c.key() + "  [" + c.from().relation() + "] " + c.from().doc() + "#" + c.from().sentence()));
        table("openie (both arguments gold) by relation", new ArrayList<>(candidates.values()), Candidate::relation);
        union("openie (both arguments gold; an upper bound on precision)", candidates.keySet());
    }

    private String verdict(Candidate c) {
        if (!gold.correct(c.key())) {
            return c.key().contains("?") ? "unmapped" : "WRONG   ";
        }
        boolean fresh = gold.facts(c.key()).stream().anyMatch(gold::missedByMain);
        return fresh ? "NEW     " : "right   ";
    }

    /** Per group: predicted, correct, arguments naming no gold entity, facts found, facts main misses. */
    private void table(String title, List<Candidate> candidates, java.util.function.Function<Candidate, String> group) {
        System.out.println(title + ":");
        System.out.printf(Locale.ROOT, "  %-36s %9s %7s %8s %6s %12s%n", "", "predicted", "correct", "unmapped", "facts", "main-misses");
        Map<String, List<Candidate>> groups = new TreeMap<>();
        candidates.forEach(c -> groups.computeIfAbsent(group.apply(c), k -> new ArrayList<>()).add(c));
        groups.forEach((g, cs) -> {
            Set<String> facts = new HashSet<>();
            cs.forEach(c -> facts.addAll(gold.facts(c.key())));
            System.out.printf(Locale.ROOT, "  %-36s %9d %7d %8d %6d %12d%n", g, cs.size(),
                    cs.stream().filter(c -> gold.correct(c.key())).count(), cs.stream().filter(c -> c.key().contains("?")).count(),
                    facts.size(), facts.stream().filter(gold::missedByMain).count());
        });
    }

    /** Each tier's precision and recall for main alone and for main plus the candidates, as gold keys. */
    private void union(String what, Set<String> candidates) {
        for (Set<String> tier : List.of(TIER1, TIER2)) {
            Predicate<String> inTier = k -> tier.contains(k.split(" ")[1]);
            Set<String> both = new HashSet<>(main);
            both.addAll(candidates);
            System.out.printf(Locale.ROOT, "  tier %d: main %s | main+%s %s%n", tier == TIER1 ? 1 : 2,
                    pr(main, inTier), what, pr(both, inTier));
        }
    }

    private String pr(Set<String> predicted, Predicate<String> inTier) {
        List<String> mine = predicted.stream().filter(inTier).toList();
        long correct = mine.stream().filter(gold::correct).count();
        Set<String> found = new HashSet<>();
        mine.forEach(k -> found.addAll(gold.facts(k)));
        long facts = gold.relationOfFact().keySet().stream().filter(inTier).count();
        return String.format(Locale.ROOT, "P=%.3f R=%.3f (%d/%d predicted correct, %d/%d facts)",
                mine.isEmpty() ? 0.0 : correct / (double) mine.size(), facts == 0 ? 0.0 : found.size() / (double) facts,
                correct, mine.size(), found.size(), facts);
    }

    /** The gold entity the first name that names one stands for (a demonym names its country), else "?name". */
    private String id(String... names) {
        for (String n : names) {
            String g = gold.entity(n);
            if (g != null) {
                return g;
            }
            for (String place : places.getOrDefault(GoldFacts.norm(n), List.of())) {
                g = gold.entity(place);
                if (g != null) {
                    return g;
                }
            }
        }
        return "?" + GoldFacts.norm(Objects.requireNonNullElse(names[0], "")).replace(' ', '_');
    }

    /** {@code newskg/demonyms.tsv}: each demonym (normalised) to its place's names. */
    private static Map<String, List<String>> demonyms() throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ProbeScore.class.getClassLoader().getResourceAsStream("newskg/demonyms.tsv"), "newskg/demonyms.tsv"),
                StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.startsWith("#") && !l.startsWith("demonym\t")).forEach(l -> {
                String[] f = l.split("\t");
                if (f.length >= 2) {
                    List<String> names = new ArrayList<>(List.of(f[1]));
                    if (f.length > 2 && !f[2].isBlank()) {
                        names.addAll(List.of(f[2].split("\\|")));
                    }
                    out.put(GoldFacts.norm(f[0]), names);
                }
            });
        }
        return out;
    }
}
