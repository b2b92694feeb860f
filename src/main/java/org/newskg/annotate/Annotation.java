package org.newskg.annotate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * One Web Annotation: a statement of the store (its body) on the sentences that support it
 * (its targets).
 *
 * @param id      the annotation's IRI
 * @param bodyId  the body's IRI: the statement's own IRI, or one made from the annotation's
 *                ({@code #statement-} in place of {@code #annotation-}) for a blank statement node;
 *                the Web Annotation model wants a body with an {@code id} or a {@code value}
 * @param created when the extraction run that made the statement ended (xsd:dateTime), if known
 * @param body    the statement's properties and their values, blank node values left out
 * @param targets the evidence, at least one
 */
record Annotation(String id, String bodyId, Optional<String> created, Map<Node, List<Node>> body, List<Target> targets) {

    Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(created, "created");
        body = Map.copyOf(body);
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("an annotation needs a target");
        }
    }

    /** The first target's start offset, for ordering; Integer.MAX_VALUE when not known. */
    int start() {
        return targets.get(0).position().map(Target.Position::start).orElse(Integer.MAX_VALUE);
    }
}
