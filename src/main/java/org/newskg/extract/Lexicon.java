package org.newskg.extract;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The relation lexicon: trigger words to {@link Frame}s, read from a data file. */
public final class Lexicon {

    static final String RESOURCE = "newskg/lexicon.tsv";

    private final Map<String, Frame> verbs;
    private final Map<String, Frame> nouns;

    private Lexicon(Map<String, Frame> verbs, Map<String, Frame> nouns) {
        this.verbs = verbs;
        this.nouns = nouns;
    }

    /** The lexicon shipped with NewsKG. */
    public static Lexicon bundled() {
        return of(TsvTable.fromClasspath(RESOURCE));
    }

    /** A user's lexicon file, in the same format as the bundled one. */
    public static Lexicon fromFile(Path file) {
        return of(TsvTable.fromFile(file));
    }

    private static Lexicon of(List<String[]> rows) {
        Map<String, Frame> verbs = new HashMap<>();
        Map<String, Frame> nouns = new HashMap<>();
        for (String[] row : rows) {
            if (row[0].equals("kind")) {
                continue;
            }
            if (row.length < 3) {
                throw new IllegalArgumentException("lexicon row needs kind, trigger, property: " + String.join(" ", row));
            }
            Frame f = frame(row[2], row.length > 3 ? row[3] : "");
            (row[0].equals("noun") ? nouns : verbs).put(row[1].toLowerCase(), f);
        }
        return new Lexicon(verbs, nouns);
    }

    private static Frame frame(String property, String roles) {
        Map<String, String> kv = new HashMap<>();
        for (String part : roles.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                kv.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return new Frame(property, rels(kv.get("object")), rels(kv.get("theme")), rels(kv.get("recipient")),
                "true".equals(kv.get("possessor")));
    }

    private static List<String> rels(String spec) {
        return spec == null || spec.isBlank() ? List.of() : Arrays.asList(spec.split("\\|"));
    }

    /** The frame of a verb lemma, with its particle when it has one ("turn over"). */
    Optional<Frame> verb(String lemma, String particle) {
        if (particle != null) {
            Frame f = verbs.get(lemma + " " + particle);
            if (f != null) {
                return Optional.of(f);
            }
        }
        return Optional.ofNullable(verbs.get(lemma));
    }

    /** The frame of a nominal trigger. */
    Optional<Frame> noun(String lemma) {
        return Optional.ofNullable(nouns.get(lemma));
    }
}
