package org.newskg.shapes;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of validating a graph.
 *
 * @param conforms   whether the graph satisfies every shape
 * @param violations what does not, sorted by focus node, path and message
 */
public record ValidationOutcome(boolean conforms, List<Violation> violations) {

    /** Copies the list. */
    public ValidationOutcome {
        violations = List.copyOf(violations);
    }

    /** One line per violation, "focus: path: message"; empty when the graph conforms. */
    public String toText() {
        return violations.stream().map(Violation::toText).collect(Collectors.joining("\n"));
    }
}
