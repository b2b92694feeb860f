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
 */
record Candidate(String location, String text, String title, String date, String source, List<String> notes) {

    Candidate {
        notes = List.copyOf(notes);
    }
}
