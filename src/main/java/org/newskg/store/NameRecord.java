package org.newskg.store;

import org.apache.jena.graph.Node;
import org.newskg.model.EntityType;

import java.util.Map;

/**
 * What one document graph says about one of its entities, as the store's resolution reads it:
 * the type, the fullest name, and every explained name with the rule that joined it there.
 *
 * @param graph    the document graph
 * @param entity   the entity's IRI in that graph now
 * @param type     its type
 * @param fullName the name with rule {@code nkg:FullName}, as written
 * @param names    each alias name as written, with the local name of its rule
 */
record NameRecord(Node graph, Node entity, EntityType type, String fullName, Map<String, String> names) {
}
