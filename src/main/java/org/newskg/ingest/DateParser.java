package org.newskg.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates: {@code 2016-10-12}, or an ISO timestamp such as
 * {@code 2016-10-12T08:00:00Z} or {@code 2016-10-12 08:00}, whose date part is taken as written.
 */
final class DateParser {

    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");

    private DateParser() {
    }

    /** The date in the value, or empty when it is not one of the accepted forms. */
    static Optional<LocalDate> parse(String value) {
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // shaped like a date but not one (2016-13-45): the caller warns
        }
    }
}
