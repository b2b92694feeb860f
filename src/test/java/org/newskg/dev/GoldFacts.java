package org.newskg.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A corpus's gold file read the way {@code acceptance/score.py} reads it: entity names and
 * aliases normalised alike, a name mapped to one gold entity (or none when it names several and
 * none exactly), every accepted variant of an asserted relation (alternative arguments, symmetric
 * relations both ways), and the distinct facts recall counts (non-optional, asserted). Also holds
 * the facts main misses today, from the {@code missed:} lines of {@code score.py --explain}.
 */
final class GoldFacts {

    private static final Set<String> SYMMETRIC = Set.of("met", "agreedWith", "partneredWith", "spouseOf");

    private final Map<String, Set<String>> names = new LinkedHashMap<>();
    private final Map<String, String> canonical = new HashMap<>();
    private final Set<String> acceptable = new HashSet<>();
    /** Each variant key of a counted fact, to the keys of the facts (their first relation) it proves. */
    private final Map<String, Set<String>> factsOfVariant = new HashMap<>();
    private final Map<String, String> relationOfFact = new LinkedHashMap<>();
    private final Set<String> missedByMain = new HashSet<>();

    static GoldFacts load(Path gold, Path explain) throws IOException {
        GoldFacts g = new GoldFacts();
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        for (JsonNode e : root.get("entities")) {
            Set<String> ns = new HashSet<>();
            ns.add(norm(e.get("name").asText()));
            e.path("aliases").forEach(a -> ns.add(norm(a.asText())));
            g.names.put(e.get("id").asText(), ns);
            g.canonical.put(e.get("id").asText(), norm(e.get("name").asText()));
        }
        Map<Set<String>, String> facts = new LinkedHashMap<>();
        for (JsonNode r : root.get("relations")) {
            if (r.path("negated").asBoolean(false)) {
                continue;
            }
            Set<String> v = variants(r);
            g.acceptable.addAll(v);
            if (!r.path("optional").asBoolean(false)) {
                facts.putIfAbsent(v, key(r.get("subject").asText(), r.get("relation").asText(), r.get("object").asText()));
            }
        }
        facts.forEach((variants, fact) -> {
            g.relationOfFact.put(fact, fact.split(" ")[1]);
            variants.forEach(v -> g.factsOfVariant.computeIfAbsent(v, k -> new HashSet<>()).add(fact));
        });
        for (String line : Files.readAllLines(explain, StandardCharsets.UTF_8)) {
            if (line.startsWith("missed: ")) {
                g.missedByMain.add(line.substring("missed: ".length()).trim());
            }
        }
        return g;
    }

    private static Set<String> variants(JsonNode r) {
        List<String> subjects = ids(r.get("subject"), r.path("alt_subjects"));
        List<String> objects = ids(r.get("object"), r.path("alt_objects"));
        String rel = r.get("relation").asText();
        Set<String> v = new HashSet<>();
        for (String s : subjects) {
            for (String o : objects) {
                v.add(key(s, rel, o));
                if (SYMMETRIC.contains(rel)) {
                    v.add(key(o, rel, s));
                }
            }
        }
        return v;
    }

    private static List<String> ids(JsonNode first, JsonNode alternatives) {
        List<String> out = new ArrayList<>();
        out.add(first.asText());
        alternatives.forEach(a -> out.add(a.asText()));
        return out;
    }

    static String key(String subject, String relation, String object) {
        return subject + " " + relation + " " + object;
    }

    /** score.py's norm(): NFKC, straight quotes, lower case, spaces folded, end punctuation and "the " dropped. */
    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
        t = t.replaceAll("\\s+", " ").strip();
        t = stripChars(t, ".,;:!?\"'");
        return (t.startsWith("the ") ? t.substring(4) : t).strip();
    }

    private static String stripChars(String s, String chars) {
        int b = 0;
        int e = s.length();
        while (b < e && chars.indexOf(s.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && chars.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(b, e);
    }

    /** score.py's gold_of(): the one gold entity the canonical labels name, else the alternative labels; or null. */
    String entity(Set<String> labels, Set<String> altLabels) {
        for (Set<String> ls : List.of(labels, altLabels)) {
            Set<String> hits = new HashSet<>();
            names.forEach((id, ns) -> {
                if (ls.stream().anyMatch(ns::contains)) {
                    hits.add(id);
                }
            });
            if (hits.size() == 1) {
                return hits.iterator().next();
            }
            if (hits.size() > 1) {
                List<String> exact = hits.stream().filter(id -> ls.contains(canonical.get(id))).toList();
                return exact.size() == 1 ? exact.get(0) : null;
            }
        }
        return null;
    }

    /** The gold entity one name (normalised here) stands for, or null. */
    String entity(String name) {
        return name == null || name.isBlank() ? null : entity(Set.of(norm(name)), Set.of());
    }

    /** Whether a triple, as a gold key "subject relation object", is an asserted gold fact (optional ones too). */
    boolean correct(String key) {
        return acceptable.contains(key);
    }

    /** The counted facts (keys of their first gold relation) a triple's gold key proves; empty if none. */
    Set<String> facts(String key) {
        return factsOfVariant.getOrDefault(key, Set.of());
    }

    boolean missedByMain(String fact) {
        return missedByMain.contains(fact);
    }

    /** Every counted fact, with its relation. */
    Map<String, String> relationOfFact() {
        return relationOfFact;
    }
}
