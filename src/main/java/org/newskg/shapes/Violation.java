package org.newskg.shapes;

import java.util.Objects;

/**
 * One SHACL validation result.
 *
 * @param focusNode the node that breaks the rule, in readable form (a statement or quote blank
 *                  node is described by its content)
 * @param path      the property path concerned, prefixed where possible; empty if none
 * @param message   what is wrong, in plain words (the shape's {@code sh:message})
 */
public record Violation(String focusNode, String path, String message) {

    /** Checks all parts are present. */
    public Violation {
        Objects.requireNonNull(focusNode, "focusNode");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** One line: "focus: path: message", or "focus: message" without path. */
    public String toText() {
        return path.isEmpty() ? focusNode + ": " + message : focusNode + ": " + path + ": " + message;
    }
}
