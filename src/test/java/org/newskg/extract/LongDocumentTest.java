package org.newskg.extract;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newskg.bench.ConcatenatedParse;
import org.newskg.model.CorefMention;
import org.newskg.model.Extraction;
import org.newskg.model.ParsedDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 64,000-token document (the committed parse fixtures end to end, over and over, with their
 * pronouns and coreference chains) extracts without error, and every kind of fact its parts give
 * one by one (who did what, with which qualifiers) it gives too.
 */
@Tag("fast")
class LongDocumentTest {

    static final int TOKENS = 64_000;

    /**
     * Facts as "subject predicate [qualifiers]": the object is left out, because in one long text
     * a later "the full report" may rightly resolve to an earlier "the Kessler report".
     */
    private static List<String> kinds(Extraction x) {
        Map<String, String> labels = new HashMap<>();
        x.entities().forEach(e -> labels.put(e.key(), e.label()));
        return x.relations().stream().map(r -> labels.get(r.subjectKey()) + " " + r.predicate()
                + (r.negated() ? " [negated]" : "") + (r.hedged() ? " [hedged]" : "")
                + (r.attributedToKey() != null ? " [according to " + labels.get(r.attributedToKey()) + "]" : "")).toList();
    }

    @Test
    void aLongDocumentExtractsWhatItsPartsDo() throws Exception {
        List<ParsedDocument> parts = new ArrayList<>();
        try (Stream<Path> s = Files.list(ParseFixtures.DIR)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted()
                    .map(n -> n.substring(0, n.length() - 4)).filter(n -> !n.equals("impossible-date"))
                    .forEach(n -> parts.add(ParseFixtures.parsed(n)));
        }
        Extractor extractor = Extractor.standard();
        TreeSet<String> alone = new TreeSet<>();
        parts.forEach(p -> alone.addAll(kinds(extractor.extract(p))));

        ParsedDocument doc = ConcatenatedParse.of(parts, TOKENS, "long");
        long pronouns = doc.chains().stream().flatMap(c -> c.mentions().stream())
                .filter((CorefMention m) -> m.kind().equals("PRONOMINAL")).count();
        Extraction x = extractor.extract(doc);
        assertTrue(doc.tokenCount() >= TOKENS, doc.tokenCount() + " tokens");
        TreeSet<String> together = new TreeSet<>(kinds(x));
        TreeSet<String> lost = new TreeSet<>(alone);
        lost.removeAll(together);
        assertEquals(new TreeSet<String>(), lost, "facts the parts give alone but not end to end ("
                + doc.tokenCount() + " tokens, " + pronouns + " pronouns)");
    }
}
