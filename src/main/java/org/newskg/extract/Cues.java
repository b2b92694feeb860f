package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cue words (negation, hedges, reporting verbs, titles, kinship...) read from a data file. */
public final class Cues {

    static final String RESOURCE = "newskg/cues.tsv";

    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> kin = new HashMap<>();
    private final Map<String, String> channels = new HashMap<>();
    private final List<String> denials = new ArrayList<>();

    private static final java.util.regex.Pattern CATEGORY = java.util.regex.Pattern.compile("[a-z][a-z-]*");
    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile("[a-z][A-Za-z0-9]*");

    static Cues bundled() {
        return of(TsvTable.rowsFromClasspath(RESOURCE));
    }

    /** Cue words from rows checked as they are read: the first bad one is "FILE:LINE: problem". */
    static Cues of(List<TsvTable.Row> rows) {
        Cues c = new Cues();
        for (TsvTable.Row row : rows) {
            check(row);
            c.add(row.cells());
        }
        return c;
    }

    private static void check(TsvTable.Row r) {
        String[] c = r.cells();
        if (c.length < 2) {
            throw r.error("expected tab-separated category and word, found " + c.length + " column"
                    + (c[0].contains(" ") ? " (spaces instead of tabs?)" : ""));
        }
        if (!CATEGORY.matcher(c[0]).matches()) {
            throw r.error("category must be a lower-case name (negation, hedge, title...), not '" + c[0] + "'");
        }
        if (c[1].isBlank()) {
            throw r.error("empty cue word");
        }
        if (c.length > 2 && c[0].equals("kin") && !c[2].equals("child") && !c[2].equals("parent")) {
            throw r.error("a kin word's role must be child or parent, not '" + c[2] + "'");
        }
        if (c.length > 2 && c[0].equals("title") && !PROPERTY.matcher(c[2]).matches()) {
            throw r.error("a title's relation must be a property name (memberOf, founderOf), not '" + c[2] + "'");
        }
    }

    private void add(String[] row) {
        String cat = row[0];
        String word = row[1].toLowerCase();
        words.computeIfAbsent(cat, k -> new HashSet<>()).add(word);
        if (cat.equals("title")) {
            titles.put(word, row.length > 2 ? row[2] : "memberOf");
        } else if (cat.equals("kin")) {
            kin.put(word, row.length > 2 ? row[2] : "child");
        } else if (cat.equals("channel")) {
            channels.put(word, row.length > 2 ? row[2] : "tweeted");
        } else if (cat.equals("denial")) {
            denials.add(word);
        }
    }

    public boolean is(String category, String word) {
        return word != null && words.getOrDefault(category, Set.of()).contains(word.toLowerCase());
    }

    /** The cue words of one category (empty when it has none). */
    public Set<String> words(String category) {
        return words.getOrDefault(category, Set.of());
    }

    /** The relation a title noun gives (memberOf, founderOf), or null. */
    public String titleRelation(String word) {
        return word == null ? null : titles.get(word.toLowerCase());
    }

    /** The relation a post through this channel gives ("Twitter": tweeted), or null. */
    public String channelRelation(String word) {
        return word == null ? null : channels.get(word.toLowerCase());
    }

    /** "child" or "parent" for a kinship noun, or null. */
    public String kinRole(String word) {
        return word == null ? null : kin.get(word.toLowerCase());
    }

    /** True when a quotation's words deny something. */
    public boolean isDenial(String quoted) {
        String q = quoted.toLowerCase().replace('\u2019', '\'');
        return denials.stream().anyMatch(q::contains);
    }
}
