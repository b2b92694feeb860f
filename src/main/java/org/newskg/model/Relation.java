package org.newskg.model;

/**
 * A fact the text states about two entities.
 *
 * @param subjectKey      the actor's entity key
 * @param predicate       local name of the nkg: relation property ("solicited")
 * @param objectKey       the other entity's key
 * @param trigger         the words that expressed it
 * @param theme           what was asked, denied or declined, or null
 * @param recipientKey    entity key of the recipient (shared, transferred), or null
 * @param date            ISO date ("2016-10-12" or "2016-07") when the text fixes it, or null
 * @param negated         the text says it did not happen or is not shown
 * @param hedged          the text only supposes it
 * @param attributedToKey entity key of the source the text credits with the claim, or null
 * @param confidence      0..1
 * @param sentence        index of the evidence sentence
 */
public record Relation(String subjectKey, String predicate, String objectKey, String trigger, String theme,
                       String recipientKey, String date, boolean negated, boolean hedged,
                       String attributedToKey, double confidence, int sentence) {
}
