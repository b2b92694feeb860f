package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cue words (negation, hedges, reporting verbs, titles, kinship...) read from a data file. */
final class Cues {

    static final String RESOURCE = "newskg/cues.tsv";

    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> kin = new HashMap<>();
    private final Map<String, String> channels = new HashMap<>();
    private final List<String> denials = new ArrayList<>();

    static Cues bundled() {
        Cues c = new Cues();
        for (String[] row : TsvTable.fromClasspath(RESOURCE)) {
            c.add(row);
        }
        return c;
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

    boolean is(String category, String word) {
        return word != null && words.getOrDefault(category, Set.of()).contains(word.toLowerCase());
    }

    /** The relation a title noun gives (memberOf, founderOf), or null. */
    String titleRelation(String word) {
        return word == null ? null : titles.get(word.toLowerCase());
    }

    /** The relation a post through this channel gives ("Twitter": tweeted), or null. */
    String channelRelation(String word) {
        return word == null ? null : channels.get(word.toLowerCase());
    }

    /** "child" or "parent" for a kinship noun, or null. */
    String kinRole(String word) {
        return word == null ? null : kin.get(word.toLowerCase());
    }

    /** True when a quotation's words deny something. */
    boolean isDenial(String quoted) {
        String q = quoted.toLowerCase().replace('\u2019', '\'');
        return denials.stream().anyMatch(q::contains);
    }
}
