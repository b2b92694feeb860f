package org.newskg.names;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The name rules on their own, with the bundled names.tsv: no CoreNLP, runs in milliseconds. */
class NameRulesTest {

    private final NameRules rules = NameRules.bundled();

    @Test
    void normalisingLeavesOutCaseDotsAccentsTheAndPossessives() {
        assertEquals("tayyip erdogan", NameRules.normalize("Tayyip Erdoğan"));
        assertEquals("new york times", NameRules.normalize("The New York Times's"));
        assertEquals("us", NameRules.normalize("U.S."));
        assertEquals("acme inc", NameRules.normalize("Acme, Inc."));
    }

    @Test
    void aSurnameFitsAFullNameWithTheSameGenerationalSuffix() {
        assertTrue(rules.isSurnameOf("merkel", "angela merkel"));
        assertTrue(rules.isSurnameOf("mr trump", "donald trump"));
        assertTrue(rules.isSurnameOf("trump jr", "donald trump jr"));
        assertFalse(rules.isSurnameOf("trump", "donald trump jr"));
        assertFalse(rules.isSurnameOf("merkel", "merkel"));
        assertFalse(rules.isSurnameOf(NameRules.personName("Zakharova"), NameRules.personName("Denis Klimentov-Zakharova")));
    }

    @Test
    void anOrganisationWithoutItsCorporateSuffix() {
        assertTrue(rules.isSuffixShortOf("acme", "acme group"));
        assertTrue(rules.isSuffixShortOf("acme", "acme holdings inc"));
        assertTrue(rules.isSuffixShortOf("acme inc", "acme holdings inc"));
        assertFalse(rules.isSuffixShortOf("acme", "acme energy"), "'energy' is no corporate suffix");
        assertFalse(rules.isSuffixShortOf("acme group", "acme group"));
    }

    @Test
    void leadingAndTrailingWords() {
        assertTrue(rules.isLeadingWordsOf("redline", "redline energy"));
        assertTrue(rules.isLeadingWordsOf("congress", "congress of the philippines"));
        assertTrue(rules.isLeadingWordsOf("concord", "concord management and consulting llc"));
        assertFalse(rules.isLeadingWordsOf("energy", "redline energy"));
        assertFalse(rules.isLeadingWordsOf("white house", "white house counsels office"), "a part of the White House");
        assertFalse(rules.isLeadingWordsOf("trump", "trump organization"));
        assertTrue(rules.isTrailingWordsOf("security council", "united nations security council"));
        assertFalse(rules.isTrailingWordsOf("of justice", "department of justice"));
    }

    @Test
    void initialsOfTheMajorWordsOrOfAllWords() {
        assertEquals("nca", Initials.acronym("the NCA"));
        assertEquals("us", Initials.acronym("U.S."));
        assertNull(Initials.acronym("Acme"));
        assertNull(Initials.acronym("ABS-CBN"));
        assertTrue(rules.initials().match("nca", "national crime agency"));
        assertTrue(rules.initials().match("doj", "department of justice"));
        assertTrue(rules.initials().match("irgc", "islamic revolutionary guard corps"));
        assertFalse(rules.initials().match("nca", "national agency"));
        assertFalse(rules.initials().match("n", "national"));
    }

    @Test
    void knownShortFormsComeFromTheDataFile() {
        assertTrue(rules.isKnownShortFormOf("us", "united states"));
        assertTrue(rules.isKnownShortFormOf("britain", "united kingdom"));
        assertFalse(rules.isKnownShortFormOf("united states", "us"));
    }
}
