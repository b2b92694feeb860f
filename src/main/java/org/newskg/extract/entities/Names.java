package org.newskg.extract.entities;

import org.newskg.names.NameRules;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Normalising and comparing entity names. */
public final class Names {

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private Names() {
    }

    /** Lower case, no "@", no leading "the", no possessive, no dots, single spaces ({@link NameRules#normalize}). */
    public static String normalize(String name) {
        return NameRules.normalize(name);
    }

    /** A surface form without a trailing possessive ("Trump Jr.'s" -> "Trump Jr."). */
    static String stripPossessive(String surface) {
        return surface.replaceAll("\\s*[\u2019']s?$", "").replaceAll("\\s*[\u2019']$", "").trim();
    }

    static List<String> tokens(String normalized) {
        return Arrays.asList(normalized.split(" "));
    }

    static boolean hasSuffix(String normalized) {
        return tokens(normalized).stream().anyMatch(SUFFIXES::contains);
    }

    /**
     * True when a short person name can stand for a longer one: its words are a subset of the
     * longer name's words and both have the same generational suffix ("Trump" fits "Donald Trump",
     * not "Donald Trump Jr.").
     */
    static boolean isShortFormOf(String shortName, String longName) {
        if (shortName.equals(longName) || hasSuffix(shortName) != hasSuffix(longName)) {
            return false;
        }
        List<String> longTokens = tokens(longName);
        return longTokens.size() > tokens(shortName).size() && longTokens.containsAll(tokens(shortName));
    }

    /** A URL-safe slug: "Donald Trump Jr." -> "donald-trump-jr". */
    public static String slug(String name) {
        return NameRules.slug(name);
    }
}
