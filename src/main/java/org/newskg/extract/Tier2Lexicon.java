package org.newskg.extract;

import org.newskg.extract.relations.NominalTriggers;
import org.newskg.model.EntityType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tier-2 word lists, read from a data file ({@code newskg/lexicon-tier2.tsv}): verb and noun
 * rows in the format of the tier-1 lexicon, the entity types each tier-2 relation may join, the
 * spouse nouns, the verbs that seat an organisation or place ("based in") and the hyphenated
 * modifiers ("Oslo-based", "Iranian-backed").
 */
public final class Tier2Lexicon {

    static final String RESOURCE = "newskg/lexicon-tier2.tsv";

    /** The kinds of row that name one word and no property. */
    private static final List<String> WORD_KINDS = List.of("support", "finite", "organ", "body", "distributive",
            "instrument", "countryobject", "content", "facility");

    private final Lexicon triggers;
    private final Lexicon nouns;
    private final Set<String> supportVerbs;
    private final Map<String, List<String>> hosts;
    private final Map<String, List<String>> targets;
    private final Map<String, Set<EntityType>[]> types;
    private final Map<String, String> spouseNouns;
    private final Map<String, List<String>> seats;
    private final Map<String, String> based;
    private final Map<String, Set<String>> without;
    private final Map<String, Set<String>> words;

    private Tier2Lexicon(Lexicon triggers, Lexicon nouns, Set<String> supportVerbs, Map<String, List<String>> hosts,
                         Map<String, List<String>> targets,
                         Map<String, Set<EntityType>[]> types, Map<String, String> spouseNouns,
                         Map<String, List<String>> seats, Map<String, String> based,
                         Map<String, Set<String>> without, Map<String, Set<String>> words) {
        this.triggers = triggers;
        this.nouns = nouns;
        this.supportVerbs = supportVerbs;
        this.hosts = hosts;
        this.targets = targets;
        this.types = types;
        this.spouseNouns = spouseNouns;
        this.seats = seats;
        this.based = based;
        this.without = without;
        this.words = words;
    }

    static Tier2Lexicon bundled() {
        return of(TsvTable.rowsFromClasspath(RESOURCE));
    }

    static Tier2Lexicon fromFile(Path file) {
        return of(TsvTable.rowsFromFile(file));
    }

    @SuppressWarnings("unchecked")
    static Tier2Lexicon of(List<TsvTable.Row> rows) {
        List<TsvTable.Row> triggerRows = new ArrayList<>();
        List<TsvTable.Row> nounRows = new ArrayList<>();
        Set<String> support = new java.util.HashSet<>();
        Map<String, List<String>> hosts = new HashMap<>();
        Map<String, List<String>> targets = new HashMap<>();
        Map<String, Set<EntityType>[]> types = new HashMap<>();
        Map<String, String> spouse = new HashMap<>();
        Map<String, List<String>> seats = new HashMap<>();
        Map<String, String> based = new HashMap<>();
        Map<String, Set<String>> without = new HashMap<>();
        Map<String, Set<String>> words = new HashMap<>();
        for (TsvTable.Row r : rows) {
            String[] row = r.cells();
            if (row.length < (WORD_KINDS.contains(row[0]) ? 2 : 3)) {
                throw r.error("a tier-2 lexicon row needs kind, word and property (a " + String.join(", ", WORD_KINDS) + " row: kind and word)");
            }
            switch (row[0]) {
                case "kind" -> { }
                case "verb" -> triggerRows.add(r);
                case "noun" -> nounRows.add(r);
                case "support" -> support.add(row[1].toLowerCase());
                case "host" -> hosts.put(row[1].toLowerCase(), Arrays.asList(row[2].split("\\|")));
                case "target" -> targets.put(row[1].toLowerCase(), Arrays.asList(row[2].split("\\|")));
                case "types" -> types.put(row[1], new Set[]{typeSet(row, "subject="), typeSet(row, "object=")});
                case "spouse" -> spouse.put(row[1].toLowerCase(), row[2]);
                case "seat" -> seats.put(row[1].toLowerCase(), Arrays.asList(row[2].split("\\|")));
                case "based" -> based.put(row[1].toLowerCase(), row[2]);
                case "without" -> without.computeIfAbsent(row[1].toLowerCase(), k -> new java.util.HashSet<>())
                        .addAll(Arrays.asList(row[2].split("\\|")));
                case "finite", "organ", "body", "distributive", "instrument", "countryobject", "content", "facility" ->
                        words.computeIfAbsent(row[0], k -> new java.util.HashSet<>()).add(row[1].toLowerCase());
                default -> throw r.error("unknown kind of tier-2 lexicon row: " + row[0]
                        + " (verb, noun, support, host, target, types, spouse, seat, based, without, " + String.join(", ", WORD_KINDS) + ")");
            }
        }
        return new Tier2Lexicon(Lexicon.ofRows(triggerRows), Lexicon.ofRows(nounRows), Set.copyOf(support), hosts, targets, types, spouse,
                seats, based, Map.copyOf(without), Map.copyOf(words));
    }

    private static Set<EntityType> typeSet(String[] row, String prefix) {
        for (String cell : row) {
            if (cell.startsWith(prefix)) {
                return Arrays.stream(cell.substring(prefix.length()).split("\\|")).map(Tier2Lexicon::type)
                        .collect(Collectors.toUnmodifiableSet());
            }
        }
        throw new IllegalArgumentException("types row needs " + prefix + ": " + String.join(" ", row));
    }

    private static EntityType type(String letter) {
        return switch (letter.trim()) {
            case "P" -> EntityType.PERSON;
            case "O" -> EntityType.ORGANIZATION;
            case "L" -> EntityType.LOCATION;
            case "W" -> EntityType.WORK;
            default -> throw new IllegalArgumentException("entity type must be P, O, L or W: " + letter);
        };
    }

    /** The verb triggers, as a lexicon the relation extractor reads. */
    public Lexicon triggers() {
        return triggers;
    }

    /** The noun triggers ({@link NominalTriggers}). */
    public Lexicon nouns() {
        return nouns;
    }

    /** "launch" in "launched an attack on X": a verb whose subject is the agent of the event noun it takes. */
    public boolean isSupportVerb(String lemma, String particle) {
        return particle != null && supportVerbs.contains(lemma + " " + particle) || supportVerbs.contains(lemma);
    }

    /** True when a fact of this property may join entities of these types (unknown property: yes). */
    public boolean fits(String property, EntityType subject, EntityType object) {
        Set<EntityType>[] t = types.get(property);
        return t == null || subject != null && object != null && t[0].contains(subject) && t[1].contains(object);
    }

    /** True when the property is one this lexicon governs. */
    boolean governs(String property) {
        return types.containsKey(property);
    }

    /** The relations by which an event noun takes its agent from the verb it attaches to ("during a visit"). */
    public List<String> hostRelations(String nounLemma) {
        return hosts.getOrDefault(nounLemma, List.of());
    }

    /** The relations by which an event noun is aimed at the subject of the clause it is attached to ("despite criticism by X"). */
    public List<String> targetRelations(String nounLemma) {
        return targets.getOrDefault(nounLemma, List.of());
    }

    public String spouseNoun(String word) {
        return spouseNouns.get(word.toLowerCase());
    }

    /** The properties a seating verb gives an organisation ("based in": headquarteredIn, locatedIn), or null. */
    public List<String> seat(String lemma) {
        return seats.get(lemma);
    }

    /** The property of a hyphenated modifier's suffix ("based": headquarteredIn), or null. */
    public String based(String suffix) {
        return based.get(suffix.toLowerCase());
    }

    /** The dependents that take a verb out of its tier-2 reading ("flew cargo to X" is no visit), or none. */
    public Set<String> forbiddenDependents(String lemma) {
        return without.getOrDefault(lemma, Set.of());
    }

    /** True when the verb counts only finite or with an auxiliary ("looked forward to working with X" is no partnership). */
    public boolean needsFinite(String lemma) {
        return is("finite", lemma);
    }

    /** "the British parliament", "the Philippine government": an organ of the state a demonym names, not a firm based there. */
    public boolean isStateOrgan(String nounLemma) {
        return is("organ", nounLemma);
    }

    /** "jury", "court": a noun naming a body that acts in a court story though no name is found for it. */
    public boolean isBody(String nounLemma) {
        return is("body", nounLemma);
    }

    /** "both", "all", "each": a word standing for each name it is in apposition to ("X and Y, both from Z"). */
    public boolean isDistributive(String word) {
        return is("distributive", word);
    }

    /** "killed in a US operation": a noun of the means by which an event was done. */
    public boolean isInstrument(String nounLemma) {
        return is("instrument", nounLemma);
    }

    /** "an investigation into Russian interference": the noun trigger's object may be the demonym's country. */
    public boolean takesCountryObject(String property) {
        return is("countryobject", property);
    }

    /** "advertisements", "posts": a noun of content that speaks for whoever made, bought or ran it. */
    public boolean isContent(String nounLemma) {
        return is("content", nounLemma);
    }

    /** "site", "estate": a noun of a place whose name is its compound ("the Crocus City site"). */
    public boolean isFacility(String nounLemma) {
        return is("facility", nounLemma);
    }

    private boolean is(String kind, String word) {
        return words.getOrDefault(kind, Set.of()).contains(word.toLowerCase());
    }
}
