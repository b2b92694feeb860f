package org.newskg.spark;

import java.io.Serializable;

/**
 * What extracting one document gave: its N-Quads (graph and metadata) or a failure.
 *
 * @param sortKey where the document stands in the input
 * @param nquads  the document's quads, one per line, or null when it failed
 * @param tokens  tokens annotated
 * @param failure why it failed, or null
 */
record Extracted(String sortKey, String nquads, long tokens, Failure failure) implements Serializable {

    boolean ok() {
        return failure == null;
    }
}
