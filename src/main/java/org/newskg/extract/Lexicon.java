package org.newskg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The relation lexicon: trigger words to {@link Frame}s, read from a data file. */
public final class Lexicon {

    static final String RESOURCE = "newskg/lexicon.tsv";

    private final Map<String, List<Frame>> verbs;
    private final Map<String, List<Frame>> nouns;

    private Lexicon(Map<String, List<Frame>> verbs, Map<String, List<Frame>> nouns) {
        this.verbs = verbs;
        this.nouns = nouns;
    }

    /** The lexicon shipped with NewsKG. */
    public static Lexicon bundled() {
        return of(TsvTable.rowsFromClasspath(RESOURCE), null);
    }

    /** A user's lexicon file, in the same format as the bundled one, naming the bundled lexicon's properties. */
    public static Lexicon fromFile(Path file) {
        return fromFile(file, Set.of());
    }

    /** Frames from rows read elsewhere (the verb and noun rows of the tier-2 lexicon), any property name. */
    static Lexicon ofRows(List<TsvTable.Row> rows) {
        return of(rows, null);
    }

    /**
     * A user's lexicon file, in the same format as the bundled one, checked row by row as it is
     * read: the first bad row is an {@link IllegalArgumentException} saying "FILE:LINE: what is wrong".
     *
     * @param knownProperties relation properties a row may name besides those the bundled lexicon uses
     */
    public static Lexicon fromFile(Path file, Collection<String> knownProperties) {
        Set<String> known = new TreeSet<>(knownProperties);
        known.addAll(bundled().properties());
        return of(TsvTable.rowsFromFile(file), known);
    }

    /** @param known the properties a row may name, or null for any well-formed name */
    private static Lexicon of(List<TsvTable.Row> rows, Set<String> known) {
        Map<String, List<Frame>> verbs = new HashMap<>();
        Map<String, List<Frame>> nouns = new HashMap<>();
        for (TsvTable.Row r : rows) {
            String[] row = r.cells();
            if (row[0].equals("kind")) {
                continue;
            }
            LexiconRowCheck.check(r, known);
            Frame f = frame(row[2], row.length > 3 ? row[3] : "");
            (row[0].equals("noun") ? nouns : verbs).computeIfAbsent(row[1].toLowerCase(), k -> new ArrayList<>()).add(f);
        }
        return new Lexicon(verbs, nouns);
    }

    /** The relation properties the frames express. */
    Set<String> properties() {
        Set<String> out = new TreeSet<>();
        verbs.values().forEach(fs -> fs.forEach(f -> out.add(f.property())));
        nouns.values().forEach(fs -> fs.forEach(f -> out.add(f.property())));
        return out;
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
                "true".equals(kv.get("possessor")), rels(kv.get("requires")), Set.copyOf(rels(kv.get("objnoun"))),
                "true".equals(kv.get("controller-object")), "true".equals(kv.get("reply")),
                "true".equals(kv.get("mutual")), rels(kv.get("subject")), kv.get("also"),
                Set.copyOf(rels(kv.get("objtype"))), "true".equals(kv.get("inverse")));
    }

    private static List<String> rels(String spec) {
        return spec == null || spec.isBlank() ? List.of() : Arrays.asList(spec.split("\\|"));
    }

    /** The frames of a verb lemma, with its particle when it has one ("turn over"), in file order. */
    public List<Frame> verb(String lemma, String particle) {
        if (particle != null) {
            List<Frame> f = verbs.get(lemma + " " + particle);
            if (f != null) {
                return f;
            }
        }
        return verbs.getOrDefault(lemma, List.of());
    }

    /** The frames of a nominal trigger. */
    public List<Frame> noun(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    /** True when some frame of this verb expresses the property. */
    public boolean verbExpresses(String lemma, String property) {
        return verb(lemma, null).stream().anyMatch(f -> f.property().equals(property));
    }
}
