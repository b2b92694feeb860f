package org.newskg.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * When a short name can stand for a longer one: surnames, corporate suffixes, initials and
 * known short forms, with the word lists read from {@code newskg/names.tsv}. Names are compared
 * in their {@link #normalize normal form}. Immutable and thread-safe.
 */
public final class NameRules {

    public static final String RESOURCE = "newskg/names.tsv";
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern LEADING_AT = java.util.regex.Pattern.compile("^@");
    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("^the\\s+");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("\\s*'s?$");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s_-]+");
    private static final NameRules BUNDLED = load();

    private final Set<String> suffixes = new HashSet<>();
    private final Set<String> honorifics = new HashSet<>();
    private final Set<String> generations = new HashSet<>();
    private final Set<String> minor = new HashSet<>();
    private final Initials initials = new Initials(this, minor);
    private final Set<String> units = new HashSet<>();
    private final Set<String> governments = new HashSet<>();
    private final Map<String, Set<String>> fullOfShort = new HashMap<>();
    private final Map<String, String> givenNameOf = new HashMap<>();
    private final Set<String> ofHeads = new HashSet<>();
    private final Map<String, String> orgForms = new HashMap<>();
    private final Spellings spellings = new Spellings();
    private final Set<String> particles = new HashSet<>();

    private NameRules() {
    }

    /** The rules with the bundled word lists. */
    public static NameRules bundled() {
        return BUNDLED;
    }

    private static NameRules load() {
        NameRules rules = new NameRules();
        for (DataRows.Row row : DataRows.of(RESOURCE)) {
            rules.add(row.cells(), row.line());
        }
        rules.spellings.seal();
        return rules;
    }

    private void add(String[] row, int line) {
        if (row.length < 2 || row[1].isBlank()) {
            throw new IllegalStateException(RESOURCE + ":" + line + ": expected a category and a word");
        }
        String word = normalize(row[1]);
        switch (row[0]) {
            case "suffix" -> suffixes.add(word);
            case "honorific" -> honorifics.add(word);
            case "generation" -> generations.add(word);
            case "minor" -> minor.add(word);
            case "unit" -> units.add(word);
            case "government" -> governments.add(word);
            case "short" -> {
                if (row.length < 3) {
                    throw new IllegalStateException(RESOURCE + ":" + line + ": a short form needs its full name");
                }
                fullOfShort.computeIfAbsent(word, k -> new HashSet<>()).add(normalize(row[2]));
            }
            case "nickname" -> {
                if (row.length < 3) {
                    throw new IllegalStateException(RESOURCE + ":" + line + ": a nickname needs its given name");
                }
                givenNameOf.put(word, normalize(row[2]));
            }
            case "ofhead" -> ofHeads.add(word);
            case "orgform" -> {
                if (row.length < 3) {
                    throw new IllegalStateException(RESOURCE + ":" + line + ": an organisation's name form needs its usual form");
                }
                orgForms.put(word, normalize(row[2]));
            }
            case "spelling", "given", "variant" -> spellings.add(row[0], row, RESOURCE + ":" + line);
            case "particle" -> particles.add(word);
            default -> throw new IllegalStateException(RESOURCE + ":" + line + ": unknown category " + row[0]);
        }
    }

    /**
     * Lower case, no accents (letters Unicode does not decompose, "ł", "ø", "đ", "ß", written
     * plainly: {@link Spellings#foldLetters}), no "@", no leading "the", no possessive, no dots or
     * commas, single spaces.
     */
    public static String normalize(String name) {
        String s = MARKS.matcher(Normalizer.normalize(Spellings.foldLetters(Normalizer.normalize(name, Normalizer.Form.NFKC)), Normalizer.Form.NFKD))
                .replaceAll("")
                .replace('\u2019', '\'').replace('\u00a0', ' ').toLowerCase(Locale.ROOT).trim();
        s = POSSESSIVE.matcher(LEADING_THE.matcher(LEADING_AT.matcher(s).replaceFirst("")).replaceFirst("")).replaceFirst("");
        s = SPACES.matcher(s.replace(".", "").replace(",", " ")).replaceAll(" ").trim();
        return s;
    }

    /**
     * A person's name normalised with its hyphens kept, so that a double-barrelled surname is one
     * word: "Zakharova" is not the surname of "Denis Klimentov-Zakharova"; but a hyphen after a
     * particle listed in the data file is a space ("Assad" is the surname of "Bashar al-Assad").
     */
    public static String personName(String name) {
        String s = normalize(name.replace('-', '\u2010')).replace('\u2010', '-').replaceAll("\\s*-\\s*", "-");
        return BUNDLED == null || s.indexOf('-') < 0 ? s : BUNDLED.particlesApart(s);
    }

    /** A word listed as a particle ("al", "el"): joined to a surname by a hyphen, no part of it. */
    public boolean isParticle(String normalized) {
        return particles.contains(normalized);
    }

    /** A hyphen after a listed particle is a space: "bashar al-assad" has the surname "assad" (and "al assad"). */
    private String particlesApart(String personName) {
        List<String> out = new ArrayList<>();
        for (String w : tokens(personName)) {
            int dash = w.indexOf('-');
            while (dash > 0 && particles.contains(w.substring(0, dash))) {
                out.add(w.substring(0, dash));
                w = w.substring(dash + 1);
                dash = w.indexOf('-');
            }
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return String.join(" ", out);
    }

    public static List<String> tokens(String normalized) {
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }

    public boolean isHonorific(String normalized) {
        return honorifics.contains(normalized);
    }

    /** The name without leading honorifics ("president trump" becomes "trump"). */
    public String withoutHonorifics(String normalized) {
        List<String> t = tokens(normalized);
        int from = 0;
        while (from < t.size() - 1) {
            if (from + 1 < t.size() - 1 && honorifics.contains(t.get(from) + " " + t.get(from + 1))) {
                from += 2;
            } else if (honorifics.contains(t.get(from))) {
                from++;
            } else {
                break;
            }
        }
        return String.join(" ", t.subList(from, t.size()));
    }

    /** The name without trailing corporate suffixes ("acme holdings inc" becomes "acme"). */
    public String withoutSuffix(String normalized) {
        List<String> t = tokens(normalized);
        int to = t.size();
        while (to > 1 && suffixes.contains(t.get(to - 1))) {
            to--;
        }
        return String.join(" ", t.subList(0, to));
    }

    /** A word that names a country's government ("government"): "the Russian government" is Russia's. */
    public boolean isGovernmentWord(String normalized) {
        return governments.contains(normalized);
    }

    public boolean hasGeneration(String normalized) {
        return tokens(normalized).stream().anyMatch(generations::contains);
    }

    /**
     * A person's short name for a longer one: its words, honorifics left out, are some of the
     * longer name's words, and both have the same generational suffix ("trump" fits "donald
     * trump", never "donald trump jr").
     */
    public boolean isSurnameOf(String shortName, String longName) {
        String s = withoutHonorifics(shortName);
        String l = withoutHonorifics(longName);
        if (s.isEmpty() || s.equals(l) || hasGeneration(s) != hasGeneration(l)) {
            return false;
        }
        List<String> longTokens = tokens(l);
        List<String> shortTokens = tokens(s);
        return longTokens.size() > shortTokens.size() && new HashSet<>(longTokens).containsAll(shortTokens);
    }

    /** An organisation's name without its corporate suffix: "acme" for "acme group" or "acme inc". */
    public boolean isSuffixShortOf(String shortName, String longName) {
        String core = withoutSuffix(longName);
        return !core.equals(longName) && tokens(shortName).size() < tokens(longName).size()
                && (core.equals(shortName) || core.equals(withoutSuffix(shortName)));
    }

    /**
     * The name's first words, when what follows only qualifies them ("redline" for "redline
     * energy", "concord" for "concord management and consulting llc", "congress" for "congress
     * of the philippines") rather than naming a part of the organisation ("white house counsel's
     * office"). Used within one document only.
     */
    public boolean isLeadingWordsOf(String shortName, String longName) {
        List<String> s = tokens(shortName);
        List<String> l = tokens(longName);
        if (s.isEmpty() || l.size() <= s.size() || !l.subList(0, s.size()).equals(s)) {
            return false;
        }
        List<String> rest = l.subList(s.size(), l.size());
        return minor.contains(rest.get(0)) || rest.stream().noneMatch(units::contains);
    }

    /**
     * The name's last words, the last one being its head: "security council" for "united nations
     * security council", "forum" for "st petersburg international economic forum" (used within
     * one document only).
     */
    public boolean isTrailingWordsOf(String shortName, String longName) {
        List<String> s = tokens(shortName);
        List<String> l = tokens(longName);
        return !s.isEmpty() && l.size() > s.size() && l.subList(l.size() - s.size(), l.size()).equals(s)
                && !minor.contains(s.get(0));
    }

    /** Acronyms and the initials of names, under these rules' minor words and suffixes. */
    public Initials initials() {
        return initials;
    }

    /**
     * A person's full name with a nickname for a first name written out ("rick gates" becomes
     * "richard gates"); a one-word name or an unlisted first name is returned as it is.
     */
    public String withGivenName(String normalized) {
        List<String> t = tokens(normalized);
        if (t.size() < 2 || !givenNameOf.containsKey(t.get(0))) {
            return normalized;
        }
        return givenNameOf.get(t.get(0)) + normalized.substring(t.get(0).length());
    }

    /** A head word an organisation's name puts before "of" or after its field ("ministry of health", "health ministry"). */
    public boolean isOfHead(String normalized) {
        return ofHeads.contains(normalized);
    }

    /** The usual form of an organisation's name in its "field head" order ("foreign affairs ministry" to "foreign ministry"). */
    public String orgForm(String normalized) {
        return orgForms.getOrDefault(normalized, normalized);
    }

    /** True when the data file lists the short form for the full name. */
    public boolean isKnownShortFormOf(String shortName, String longName) {
        return fullOfShort.getOrDefault(shortName, Set.of()).contains(longName);
    }

    /** True when the data file lists the name as the full name of a short form ("united nations" of "UN"). */
    public boolean isKnownFullName(String normalized) {
        return fullOfShort.values().stream().anyMatch(f -> f.contains(normalized));
    }

    /** The full names the data file lists for a short form. */
    public Set<String> knownFullNames(String shortName) {
        return fullOfShort.getOrDefault(shortName, Set.of());
    }

    /** The spelling rows of the data file: one name in several spellings ({@link Spellings}). */
    public Spellings spellings() {
        return spellings;
    }

    /** A name's words without the minor ones ("of", "the"): the words its initials come from. */
    public List<String> majorWords(String normalized) {
        return tokens(normalized).stream().filter(w -> !minor.contains(w)).toList();
    }

    /** A URL-safe slug of a name: "Donald Trump Jr." becomes "donald-trump-jr". */
    public static String slug(String name) {
        String s = Normalizer.normalize(Spellings.foldLetters(Normalizer.normalize(name, Normalizer.Form.NFC)), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        s = s.replaceAll("'s\\b", "s").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "x" : s;
    }

    /** Words of a name worth indexing by: all but minor words, honorifics and suffixes. */
    public List<String> indexWords(String normalized) {
        List<String> out = new ArrayList<>();
        for (String w : tokens(normalized)) {
            if (!minor.contains(w) && !honorifics.contains(w) && !suffixes.contains(w) && !generations.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
