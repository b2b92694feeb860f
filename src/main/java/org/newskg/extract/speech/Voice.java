package org.newskg.extract.speech;

/**
 * How the text presents a fact: negated, hedged, or reported as someone's claim.
 *
 * @param negated      the text says it did not happen or is not shown
 * @param hedged       the text only supposes it ("It appears ...")
 * @param attributedTo entity key of whose claim it is, or null
 */
public record Voice(boolean negated, boolean hedged, String attributedTo) {
}
