package org.newskg.model;

/**
 * A typed dependency edge between two tokens of one sentence (enhanced++ UD).
 *
 * @param governor  index of the head token, -1 for the root
 * @param dependent index of the dependent token
 * @param relation  the relation name, with its specific part ("obl:by", "nmod:poss")
 */
public record Dependency(int governor, int dependent, String relation) {
}
