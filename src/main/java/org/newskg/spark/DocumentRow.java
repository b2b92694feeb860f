package org.newskg.spark;

import org.newskg.model.Document;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A document on its way from the readers to the extractors, in a form Spark can shuffle.
 *
 * @param sortKey where it stands in the input (file, then position in the file): the output is
 *                sorted by it, so it never depends on partitioning
 * @param text    the body
 * @param title   the title, or null
 * @param date    the publication date (ISO), or null
 * @param source  where it came from
 * @param identity what identifies it across runs (ingest's {@code Identity}), or null
 */
record DocumentRow(String sortKey, String text, String title, String date, String source, String identity)
        implements Serializable {

    static DocumentRow of(String file, int position, Document d, String identity) {
        return new DocumentRow(sortKey(file, position), d.text(), d.title(),
                d.date() == null ? null : d.date().toString(), d.source(), identity);
    }

    /** Orders files by name, then documents by their position in the file. */
    static String sortKey(String file, int position) {
        return file + '\u0000' + String.format(java.util.Locale.ROOT, "%010d", position);
    }

    Document document() {
        return new Document(text, title, date == null ? null : LocalDate.parse(date), source);
    }
}
