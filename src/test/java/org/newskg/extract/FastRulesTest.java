package org.newskg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.model.Entity;
import org.newskg.model.Extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extraction rules on committed parses, without CoreNLP (runs in seconds: {@code mvn -Dgroups=fast test}).
 * Each row of {@code src/test/resources/parses/rules.tsv} names a fixture (a real CoreNLP parse of
 * a sentence written for the construction) and a fact that the real {@link Extractor}, with the
 * bundled lexicon and cue words, must or must not extract from it. One positive and one negative
 * row per tier-1 relation and per cue list; {@link #everyRelationAndCueListHasAPositiveAndANegativeRow}
 * keeps it so.
 */
@Tag("fast")
class FastRulesTest {

    static final Path TABLE = ParseFixtures.DIR.resolve("rules.tsv");

    /** The contract's fifteen tier-1 relations. */
    static final List<String> TIER1 = List.of("messaged", "solicited", "tweeted", "denied", "declined", "praised",
            "published", "shared", "obtained", "stole", "transferred", "met", "memberOf", "founderOf", "childOf");
    /** The cue lists of cues.tsv that the tests cover. */
    static final List<String> CUE_LISTS = List.of("negation", "hedge", "intent", "attribution", "reporting", "title",
            "kin", "denial", "group", "work", "anaphor", "descriptive", "partitive", "channel");

    private static final Map<String, Extraction> EXTRACTED = new HashMap<>();
    private static Extractor extractor;

    /** One row of the table. */
    record Row(int line, String covers, String fixture, String check, String expected) {
        @Override
        public String toString() {
            return covers + " " + fixture + " " + check + " \"" + expected + "\" (rules.tsv:" + line + ")";
        }

        boolean negative() {
            return check.equals("lacks") || check.equals("no-entity") || (check.equals("quote") && expected.startsWith("?:"));
        }
    }

    @BeforeAll
    static void load() {
        extractor = Extractor.standard();
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(TABLE);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#") || l.startsWith("covers\t")) {
                continue;
            }
            String[] c = l.split("\t");
            if (c.length != 4) {
                throw new IllegalStateException(TABLE + ":" + (i + 1) + ": needs 4 tab-separated columns: " + l);
            }
            rows.add(new Row(i + 1, c[0], c[1], c[2], c[3]));
        }
        return rows;
    }

    static Stream<Arguments> table() throws IOException {
        return rows().stream().map(Arguments::of);
    }

    private static Extraction extraction(String fixture) {
        return EXTRACTED.computeIfAbsent(fixture, f -> extractor.extract(ParseFixtures.parsed(f)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void rule(Row row) {
        Extraction x = extraction(row.fixture());
        List<String> facts = FactLines.of(x);
        String context = row + "\nfacts: " + facts;
        switch (row.check()) {
            case "has" -> assertTrue(facts.contains(row.expected()), context);
            case "lacks" -> {
                Pattern p = FactPattern.of(row.expected());
                assertFalse(facts.stream().anyMatch(f -> p.matcher(f).matches()), context);
            }
            case "entity" -> assertTrue(entities(x).contains(row.expected()), row + "\nentities: " + entities(x));
            case "no-entity" -> assertFalse(entities(x).contains(row.expected()), row + "\nentities: " + entities(x));
            case "quote" -> assertTrue(FactLines.quotes(x).contains(row.expected()), row + "\nquotes: " + FactLines.quotes(x));
            default -> throw new IllegalStateException("unknown check " + row.check() + " in " + row);
        }
    }

    private static Set<String> entities(Extraction x) {
        return x.entities().stream().map((Entity e) -> e.type() + " " + e.label()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRelationAndCueListHasAPositiveAndANegativeRow() throws IOException {
        List<Row> rows = rows();
        List<String> wanted = new ArrayList<>();
        TIER1.forEach(r -> wanted.add("relation:" + r));
        CUE_LISTS.forEach(c -> wanted.add("cue:" + c));
        List<String> missing = new ArrayList<>();
        for (String w : wanted) {
            List<Row> mine = rows.stream().filter(r -> r.covers().equals(w)).toList();
            if (mine.stream().noneMatch(r -> !r.negative())) {
                missing.add(w + " (no positive row)");
            }
            if (mine.stream().noneMatch(Row::negative)) {
                missing.add(w + " (no negative row)");
            }
        }
        assertEquals(List.of(), missing, "rules.tsv must cover these");
    }

    @Test
    void everyFixtureHasItsParseAndEveryRowItsFixture() throws IOException {
        Set<String> fixtures;
        try (Stream<Path> s = Files.list(ParseFixtures.DIR)) {
            fixtures = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).collect(Collectors.toCollection(TreeSet::new));
        }
        for (String f : fixtures) {
            assertTrue(Files.isRegularFile(ParseFixtures.DIR.resolve(f + ".json")), f + ".txt has no parse: run WriteParseFixtures");
        }
        for (Row r : rows()) {
            assertTrue(fixtures.contains(r.fixture()), "no fixture " + r.fixture() + " for " + r);
        }
    }

    /** "Ann met *" and "[according to *]" as a regex over fact lines; without qualifiers it matches any. */
    static final class FactPattern {
        private FactPattern() {
        }

        static Pattern of(String expected) {
            int q = expected.indexOf(" [");
            if (q < 0) {
                return Pattern.compile(glob(expected) + "( \\[.*)?");
            }
            // the qualifiers named must be there, in any order and company
            return Pattern.compile(glob(expected.substring(0, q)) + lookaheads(expected.substring(q + 1)) + " \\[.*");
        }

        private static String lookaheads(String quals) {
            StringBuilder sb = new StringBuilder();
            for (String part : quals.split("(?<=\\])\\s*")) {
                if (!part.isBlank()) {
                    sb.append("(?=.*").append(glob(part.strip())).append(")");
                }
            }
            return sb.toString();
        }

        private static String glob(String s) {
            return Stream.of(s.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining("[^\\[]*?"));
        }
    }
}
