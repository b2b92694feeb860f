package org.newskg.ingest;

import org.newskg.model.Document;

/** What reading one input item gave: a document, or a problem naming where and why. */
public sealed interface Input permits Input.Read, Input.Problem {

    /** A document ready for extraction. */
    record Read(Document document) implements Input {
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
}
