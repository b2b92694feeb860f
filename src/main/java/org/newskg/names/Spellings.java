package org.newskg.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One name in several spellings: "Sergei Lavrov" and "Sergey Lavrov", "Sana'a" and "Sanaa",
 * "Novak Đoković" and "Novak Djokovic", "Ulrich Schäfer" and "Ulrich Schaefer". A name's
 * {@link #key spelling key} is its {@linkplain NameRules#normalize normal form} with the letter
 * groups that romanisations write in more than one way made one (the {@code spelling} rows of
 * {@code newskg/names.tsv}: "ey" as "ei", "ks" as "x"...), apostrophes left out and doubled
 * letters written once; a person's given names (every word but the surname) are written in the
 * form the {@code given} rows list ("Mohammad" as "Mohammed"), and a whole name listed as a {@code variant} of another
 * ("Kiev", "Kyiv") as that other. Vowels are kept: "Maria" and "Mario", "Karin" and "Karen" are
 * different names. Immutable once loaded; thread-safe.
 */
public final class Spellings {

    private static final Pattern APOSTROPHES = Pattern.compile("['`\u02bc\u02bb\u2018]");
    private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");
    private static final int MIN_REWRITTEN = 5;
    private static final Pattern UMLAUT = Pattern.compile("[\u00e4\u00f6\u00fc\u00c4\u00d6\u00dc\u00f8\u00d8]");

    /** A letter group written another way: {@code from} may start with "^" or end with "$" (word start, end). */
    private record Rewrite(String from, String to, boolean atStart, boolean atEnd) {
        String apply(String w) {
            if (atStart && atEnd) {
                return w.equals(from) ? to : w;
            }
            if (atStart) {
                return w.startsWith(from) ? to + w.substring(from.length()) : w;
            }
            if (atEnd) {
                return w.endsWith(from) ? w.substring(0, w.length() - from.length()) + to : w;
            }
            return w.replace(from, to);
        }
    }

    private final List<Rewrite> rewrites = new ArrayList<>();
    private final List<String[]> pendingGiven = new ArrayList<>();
    private final List<String[]> pendingVariants = new ArrayList<>();
    private final Map<String, String> given = new HashMap<>();
    private final Map<String, String> variants = new HashMap<>();

    Spellings() {
    }

    /** Letters that Unicode does not decompose into a base letter and a mark, written plainly. */
    public static String foldLetters(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            String plain = switch (s.charAt(i)) {
                case '\u0142' -> "l"; // ł
                case '\u0141' -> "L";
                case '\u00f8' -> "o"; // ø
                case '\u00d8' -> "O";
                case '\u0111', '\u00f0' -> "d"; // đ ð
                case '\u0110', '\u00d0' -> "D";
                case '\u0131' -> "i"; // dotless ı
                case '\u00df' -> "ss"; // ß
                case '\u00e6' -> "ae";
                case '\u00c6' -> "Ae";
                case '\u0153' -> "oe";
                case '\u0152' -> "Oe";
                case '\u00fe' -> "th";
                case '\u00de' -> "Th";
                case '\u0127' -> "h"; // ħ
                case '\u0126' -> "H";
                case '\u0167' -> "t"; // ŧ
                case '\u0166' -> "T";
                default -> null;
            };
            if (plain != null && b == null) {
                b = new StringBuilder(s.length() + 4).append(s, 0, i);
            }
            if (b != null) {
                b.append(plain != null ? plain : String.valueOf(s.charAt(i)));
            }
        }
        return b == null ? s : b.toString();
    }

    void add(String category, String[] row, String where) {
        if (row.length < 3 || row[2].isBlank()) {
            throw new IllegalStateException(where + ": a " + category + " row needs two columns after its category");
        }
        switch (category) {
            case "spelling" -> {
                String from = row[1].trim().toLowerCase(Locale.ROOT);
                boolean start = from.startsWith("^");
                boolean end = from.endsWith("$");
                from = from.substring(start ? 1 : 0, from.length() - (end ? 1 : 0));
                if (from.isEmpty()) {
                    throw new IllegalStateException(where + ": empty letter group");
                }
                rewrites.add(new Rewrite(from, row[2].trim().toLowerCase(Locale.ROOT), start, end));
            }
            case "given" -> pendingGiven.add(new String[] {row[1], row[2]});
            case "variant" -> pendingVariants.add(new String[] {row[1], row[2]});
            default -> throw new IllegalStateException(where + ": unknown category " + category);
        }
    }

    /** Keys the given names and variants once every letter rewrite is read (rows may come in any order). */
    void seal() {
        for (String[] g : pendingGiven) {
            given.put(word(NameRules.normalize(g[0])), word(NameRules.normalize(g[1])));
        }
        for (String[] v : pendingVariants) {
            variants.put(spelled(NameRules.normalize(v[0])), spelled(NameRules.normalize(v[1])));
        }
        pendingGiven.clear();
        pendingVariants.clear();
    }

    /**
     * One word of a normalised name in its spelling key form. Words of under five letters keep
     * their letters but for whole-word rows ("ibn"): "Lee" and "Le", "Ray" and "Rai", "Hall" and
     * "Hal" are different names.
     */
    private String word(String w) {
        String s = APOSTROPHES.matcher(w).replaceAll("");
        boolean longWord = s.length() >= MIN_REWRITTEN;
        for (Rewrite r : rewrites) {
            if (longWord || r.atStart() && r.atEnd()) {
                s = r.apply(s);
            }
        }
        return longWord ? DOUBLED.matcher(s).replaceAll("$1") : s;
    }

    private String spelled(String normalized, Set<String> keep) {
        List<String> out = new ArrayList<>();
        for (String w : NameRules.tokens(normalized)) {
            out.add(keep.contains(w) ? w : word(w));
        }
        return String.join(" ", out);
    }

    private String spelled(String normalized) {
        return spelled(normalized, Set.of());
    }

    /** The words of a name written as acronyms ("DCCC", "U.N."): they keep their letters. */
    private static Set<String> acronyms(String surface) {
        Set<String> out = new java.util.HashSet<>();
        for (String t : surface.split("[\\s\u2010-]+")) {
            if (Initials.acronym(t) != null) {
                out.add(NameRules.normalize(t));
            }
        }
        return out;
    }

    /** The spelling key of a name as written: a person's ({@link #personKey}) or anything else's ({@link #key}). */
    public String key(String surface, boolean person) {
        String norm = NameRules.normalize(surface);
        Set<String> keep = acronyms(surface);
        String s = spelled(norm, keep);
        if (person) {
            s = withGiven(s);
        }
        return variants.getOrDefault(s, s);
    }

    /** A person's name with each word but the surname in its listed given-name form ("Abu Mohammad" as "Abu Mohammed"). */
    private String withGiven(String spelled) {
        List<String> t = new ArrayList<>(NameRules.tokens(spelled));
        for (int k = 0; k < t.size() - 1; k++) {
            t.set(k, given.getOrDefault(t.get(k), t.get(k)));
        }
        return String.join(" ", t);
    }

    /** The spelling key of a normalised name of a place, an organisation or anything but a person. */
    public String key(String normalized) {
        String s = spelled(normalized);
        return variants.getOrDefault(s, s);
    }

    /** The spelling key of a normalised person's name: also its given names in their listed forms. */
    public String personKey(String normalized) {
        String s = withGiven(spelled(normalized));
        return variants.getOrDefault(s, s);
    }

    /** The key of a person's given names alone (all words but the surname), each in its listed form. */
    public String givenNamesKey(List<String> normalizedWords) {
        List<String> t = new ArrayList<>();
        for (String w : normalizedWords) {
            t.add(given.getOrDefault(word(w), word(w)));
        }
        return String.join(" ", t);
    }

    /** One word in its spelling key form ("hifter", "soleymani" as "soleimani"). */
    public String wordKey(String normalizedWord) {
        return word(normalizedWord);
    }

    /**
     * The keys a name as written may have: its own, and where it has an umlaut or an "ø", the
     * key of the name with that letter written "ae", "oe", "ue" ("Schäfer" is also "Schaefer").
     */
    public Set<String> keys(String written, boolean person) {
        String surface = java.text.Normalizer.normalize(written, java.text.Normalizer.Form.NFC);
        Set<String> out = new LinkedHashSet<>();
        out.add(key(surface, person));
        if (UMLAUT.matcher(surface).find()) {
            String e = surface.replace("\u00e4", "ae").replace("\u00f6", "oe").replace("\u00fc", "ue").replace("\u00f8", "oe")
                    .replace("\u00c4", "Ae").replace("\u00d6", "Oe").replace("\u00dc", "Ue").replace("\u00d8", "Oe");
            out.add(key(e, person));
        }
        return out;
    }
}
