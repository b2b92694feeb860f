package org.newskg.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** The result formats of SELECT and ASK queries. */
public enum ResultFormat {
    /** A text table, for people. */
    TABLE(null),
    CSV(ResultSetLang.RS_CSV),
    TSV(ResultSetLang.RS_TSV),
    JSON(ResultSetLang.RS_JSON),
    XML(ResultSetLang.RS_XML);

    private final Lang lang;

    ResultFormat(Lang lang) {
        this.lang = lang;
    }

    /** Jena's result-set language, or null for the text table. */
    Lang lang() {
        return lang;
    }

    /** Format names as the command line spells them, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    /**
     * The format with this name (case-insensitive).
     *
     * @throws IllegalArgumentException naming the valid formats
     */
    public static ResultFormat of(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(String.valueOf(name)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown result format '" + name + "': use one of " + names()));
    }
}
