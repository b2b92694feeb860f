package org.newskg.ingest;

import org.newskg.model.Document;

/** What reading one input item gave: a document, a problem naming where and why, or a warning. */
public sealed interface Input permits Input.Read, Input.Problem, Input.Warning {

    /**
     * A document ready for extraction.
     *
     * @param document the document
     * @param identity what identifies it across runs ({@link Identity}): a stored document is
     *                 replaced only by one with the same identity
     */
    record Read(Document document, String identity) implements Input {

        /** A document that is a whole file, identified by its source. */
        public Read(Document document) {
            this(document, Identity.ofFile(document.source()));
        }
    }

    /**
     * An item that gave no document.
     *
     * @param location the file (and line, for JSON Lines: "feed.jsonl:12")
     * @param reason   one line saying what was wrong
     * @param skipped  true for items passed over on purpose (unknown extension), false for failures
     */
    record Problem(String location, String reason, boolean skipped) implements Input {
    }

    /**
     * A non-fatal note about an item that was read anyway; it comes just before that item's {@link Read}.
     *
     * @param location the file (and line, for JSON Lines)
     * @param message  one line saying what was odd ("not valid UTF-8; read as Windows-1252")
     */
    record Warning(String location, String message) implements Input {
    }
}
