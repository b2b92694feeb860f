package org.newskg.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bare weekday ("on Friday", "Monday night") names a day relative to some week. In a
 * narrative that has fixed a day ("On June 3, 2019 ... Two days later ... On Friday") it is that
 * day of the narrated week (Monday to Sunday); in news with no narrative date it is the latest
 * such day on or before the publication date ("On Tuesday" in a Thursday's article).
 */
final class WeekdayDates {

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern OTHER_WEEK = Pattern.compile("\\b(next|last|previous|following|coming|every)\\b");

    private WeekdayDates() {
    }

    /** The weekday a time expression's text names alone (no other week, no date), or null. */
    static DayOfWeek weekday(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        Matcher m = WEEKDAY.matcher(t);
        if (!m.find() || OTHER_WEEK.matcher(t).find() || t.matches(".*\\d.*")) {
            return null;
        }
        return DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    }

    /** That weekday in the week of the narrative's day. */
    static LocalDate inWeekOf(LocalDate narrativeDay, DayOfWeek day) {
        return narrativeDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(day.getValue() - 1L);
    }

    /** The latest such weekday on or before the publication date. */
    static LocalDate latestBy(LocalDate published, DayOfWeek day) {
        return published.with(TemporalAdjusters.previousOrSame(day));
    }
}
