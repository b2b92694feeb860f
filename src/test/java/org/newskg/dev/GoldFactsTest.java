package org.newskg.dev;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The probe's gold reading agrees with {@code acceptance/score.py} on a small gold file of our
 * own making: names, the one-entity match, accepted variants, and what recall counts.
 */
@Tag("fast")
class GoldFactsTest {

    private static final String GOLD = """
            {"entities": [
              {"id": "ann", "type": "Person", "name": "Ann Lee", "aliases": ["Lee", "Ms. Lee"]},
              {"id": "bob", "type": "Person", "name": "Bob Lee", "aliases": ["Lee"]},
              {"id": "acme", "type": "Organization", "name": "The Acme Corp.", "aliases": []}],
             "relations": [
              {"subject": "ann", "relation": "memberOf", "object": "acme", "alt_subjects": ["bob"]},
              {"subject": "ann", "relation": "spouseOf", "object": "bob", "tier": 2},
              {"subject": "bob", "relation": "founderOf", "object": "acme", "optional": true},
              {"subject": "bob", "relation": "met", "object": "ann", "negated": true}]}
            """;

    @Test
    void readsTheGoldAsTheScorerDoes(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.json"), GOLD);
        Path explain = Files.writeString(dir.resolve("explain.txt"), "missed: ann spouseOf bob\ntier 1: P=1.00\n");
        GoldFacts g = GoldFacts.load(gold, explain);

        assertEquals("acme corp", GoldFacts.norm("The  Acme Corp.\u201d"));
        assertEquals("ann", g.entity("Ms. Lee"));
        assertNull(g.entity("Lee"), "a name two gold entities share names neither");
        assertEquals("acme", g.entity("Acme Corp"));

        assertTrue(g.correct("bob memberOf acme"), "an alternative subject is accepted");
        assertTrue(g.correct("bob spouseOf ann"), "a symmetric relation is accepted both ways");
        assertTrue(g.correct("bob founderOf acme"), "an optional fact is right");
        assertFalse(g.correct("bob met ann"), "a negated fact is not");

        assertEquals(Set.of("ann memberOf acme"), g.facts("bob memberOf acme"));
        assertEquals(Set.of(), g.facts("bob founderOf acme"), "an optional fact is not counted for recall");
        assertEquals(2, g.relationOfFact().size());
        assertTrue(g.missedByMain("ann spouseOf bob"));
        assertFalse(g.missedByMain("ann memberOf acme"));
    }
}
