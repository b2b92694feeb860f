package org.newskg.ingest;

import java.util.List;

/**
 * A document as a format reader found it, before the checks every document passes.
 *
 * @param location where it was found, for problems and warnings ("feed.jsonl:12")
 * @param text     the text exactly as read
 * @param title    the title as written, or null
 * @param date     the date as written, or null
 * @param source   the path or URL to record as its source
 * @param notes    warnings found while reading it
 * @param identity what identifies it across runs ({@link Identity}), or null for "the file it is"
 */
record Candidate(String location, String text, String title, String date, String source, List<String> notes,
                 String identity) {

    Candidate {
        notes = List.copyOf(notes);
    }

    /** A document that is a whole file: identified by its path. */
    Candidate(String location, String text, String title, String date, String source, List<String> notes) {
        this(location, text, title, date, source, notes, null);
    }
}
