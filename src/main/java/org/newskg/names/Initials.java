package org.newskg.names;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Acronyms and initials: the letters of an acronym as written ("U.S.", "the IRGC", "DoD"), and
 * whether they are the initials of a name ("irgc" of "Islamic Revolutionary Guard Corps"),
 * minor words ("of", "the") and corporate suffixes following {@link NameRules}' word lists.
 * Immutable and thread-safe.
 */
public final class Initials {

    private final NameRules rules;
    private final Set<String> minor;

    Initials(NameRules rules, Set<String> minor) {
        this.rules = rules;
        this.minor = minor;
    }

    /**
     * The letters of an acronym as written ("WHO", "U.S.", "the IRGC", "DoD"): 2 to 6 capital
     * letters, dots allowed, a small letter allowed between two capitals for a minor word, a
     * leading "the" left out, in lower case; null for anything else.
     */
    public static String acronym(String surface) {
        String s = surface.trim().replaceFirst("^(?i:the)\\s+", "").replace(".", "");
        if (s.length() < 2 || s.length() > 6) {
            return null;
        }
        if (!ACRONYM.matcher(s).matches()) {
            return null;
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Capital letters, or capitals with one small letter between two of them for a minor word
     * ("DoD", "BoE": "Department of Defense", "Bank of England").
     */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}(?:\\p{Ll}?\\p{Lu})+");

    /**
     * The initials of a name as written with its hyphenated words counted once ("idb" for
     * "Inter-American Development Bank"), minor words skipped; null when the name has no
     * hyphenated word.
     */
    public String compound(String surface) {
        String kept = rules.withoutSuffix(NameRules.personName(surface));
        if (!kept.contains("-")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String w : NameRules.tokens(kept)) {
            String letters = w.replaceAll("[^\\p{L}\\p{N}]", "");
            if (!letters.isEmpty() && !minor.contains(w)) {
                out.append(letters.charAt(0));
            }
        }
        return out.length() >= 2 ? out.toString() : null;
    }

    /** True when an acronym's letters are the initials of the name, minor words skipped or kept. */
    public boolean match(String acronymLetters, String longName) {
        List<String> t = NameRules.tokens(rules.withoutSuffix(longName));
        if (acronymLetters == null || t.size() < 2) {
            return false;
        }
        StringBuilder major = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (String w : t) {
            String letters = w.replaceAll("[^\\p{L}\\p{N}]", "");
            if (letters.isEmpty()) {
                continue;
            }
            all.append(letters.charAt(0));
            if (!minor.contains(w)) {
                major.append(letters.charAt(0));
            }
        }
        return acronymLetters.contentEquals(major) || acronymLetters.contentEquals(all);
    }
}
