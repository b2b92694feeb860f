package org.newskg.model;

/**
 * One name of an entity in one document and why it was joined to the entity.
 *
 * @param name  the name as written ("Merkel")
 * @param rule  local name of the rule in the ontology ("FullName", "Surname", "Initials"...)
 * @param begin code-point offset of its first mention
 * @param end   end of its first mention
 */
public record Alias(String name, String rule, int begin, int end) {
}
