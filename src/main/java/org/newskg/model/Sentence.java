package org.newskg.model;

import java.util.List;

/**
 * One sentence with its tokens and dependency graph.
 *
 * @param index        0-based position in the document
 * @param begin        code-point offset of its first character
 * @param end          code-point offset after its last character
 * @param tokens       its tokens in order
 * @param dependencies enhanced++ dependency edges
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }
}
