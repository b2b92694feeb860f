package org.newskg.spark;

import java.io.Serializable;

/**
 * An input that gave no stored graph.
 *
 * @param location the file (and line, for JSON Lines), as ingest names it
 * @param reason   one line saying why
 */
public record Failure(String location, String reason) implements Serializable {
}
