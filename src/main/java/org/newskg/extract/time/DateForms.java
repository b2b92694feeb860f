package org.newskg.extract.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The surface forms of dates, read without context: explicit dates and months, years, month-day
 * forms, and the offsets that count from a narrative day ("the next day", "two weeks later").
 */
final class DateForms {

    static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d{2}");
    static final Pattern HAS_YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");
    private static final Pattern SAME = Pattern.compile(
            "\\b(same|that) (day|morning|afternoon|evening|night)\\b|\\blater that day\\b|\\bhours (later|after)\\b");
    private static final Pattern YESTERDAY = Pattern.compile("\\b(yesterday|last (night|evening))\\b");
    private static final Pattern TOMORROW = Pattern.compile("\\btomorrow\\b");
    private static final Pattern NEXT = Pattern.compile("\\b(next|following) (day|morning|evening)\\b");
    private static final Pattern BEFORE = Pattern.compile("\\b(previous|prior) day\\b|\\bday before\\b");
    private static final Pattern OFFSET = Pattern.compile("\\b(\\w+) (day|week)s? (later|after|earlier|before)\\b");
    /**
     * Times before the day of writing that fix no day of their own: "last week", "in recent
     * months", "the past few days" (not "the next week" of a narrative, which counts from its day).
     */
    static final Pattern VAGUE = Pattern.compile("(?i)(the )?(last|past|recent)( few| several| two| three)?"
            + " (week|weekend|weeks|months|years|days)");

    static final Pattern DEICTIC = Pattern.compile(
            "\\b(today|yesterday|tomorrow|tonight|this (morning|afternoon|evening|week)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("a", 1), Map.entry("several", -1));

    private DateForms() {
    }

    static boolean looksLikeMonthDay(String text) {
        return text.matches(".*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}(st|nd|rd|th)?\\b.*")
                || text.matches(".*\\b\\d{1,2}(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).*");
    }

    /** A TIMEX value with its year: a day, else a month, else null. */
    static String explicit(String value) {
        Matcher m = FULL_DATE.matcher(value);
        if (m.find()) {
            return m.group();
        }
        Matcher mm = MONTH.matcher(value);
        if (mm.lookingAt() && (value.length() == 7 || !Character.isDigit(value.charAt(7)))) {
            return mm.group();
        }
        return null;
    }

    /** A bare year ("2008") as both text and value, or null. */
    static String year(String text, String value) {
        return YEAR.matcher(text).matches() && text.equals(value) ? value : null;
    }

    /** An offset from the narrative day ("the next day", "two weeks later"), or null. */
    static String relative(String text, LocalDate anchor) {
        if (YESTERDAY.matcher(text).find()) {
            return anchor.minusDays(1).toString();
        }
        if (TOMORROW.matcher(text).find()) {
            return anchor.plusDays(1).toString();
        }
        if (SAME.matcher(text).find()) {
            return anchor.toString();
        }
        if (NEXT.matcher(text).find()) {
            return anchor.plusDays(1).toString();
        }
        if (BEFORE.matcher(text).find()) {
            return anchor.minusDays(1).toString();
        }
        Matcher m = OFFSET.matcher(text);
        if (m.find()) {
            Integer n = NUMBERS.get(m.group(1));
            if (n == null && m.group(1).matches("\\d+")) {
                n = Integer.parseInt(m.group(1));
            }
            if (n == null || n < 0) {
                return null;
            }
            int days = m.group(2).equals("week") ? 7 * n : n;
            boolean back = m.group(3).equals("earlier") || m.group(3).equals("before");
            return (back ? anchor.minusDays(days) : anchor.plusDays(days)).toString();
        }
        return null;
    }

    private static final Pattern NOW = Pattern.compile("^(today|tonight|this (morning|afternoon|evening))$");

    /** A day named from the speaker's now ("yesterday", "today", "tomorrow night"), or null. */
    static String deictic(String text, LocalDate now) {
        if (NOW.matcher(text).matches()) {
            return now.toString();
        }
        if (YESTERDAY.matcher(text).find() || TOMORROW.matcher(text).find()) {
            return relative(text, now);
        }
        return null;
    }

    /**
     * A month and day without a year: the one within half a year of the narrative day ("On
     * December 29, 2016 ... On January 3" is 2017; "the November 27 deal" in January is last year's).
     */
    static String nearest(LocalDate near, int month, int day) {
        String same = safeDate(near.getYear(), month, day);
        LocalDate d = parseDay(same);
        if (d == null) {
            return same;
        }
        if (d.isAfter(near.plusDays(183))) {
            return safeDate(near.getYear() - 1, month, day);
        }
        if (d.isBefore(near.minusDays(183))) {
            return safeDate(near.getYear() + 1, month, day);
        }
        return same;
    }

    static String safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static LocalDate parseDay(String iso) {
        try {
            return iso != null && iso.length() == 10 ? LocalDate.parse(iso) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A date named in a title ("The Events of June 9, 2016"), to anchor the narrative, or null. */
    static LocalDate dateInTitle(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = Pattern.compile("\\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                + " (\\d{1,2}), (\\d{4})\\b").matcher(title);
        if (!m.find()) {
            return null;
        }
        int month = java.time.Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue();
        // an impossible date ("June 31, 2016") anchors nothing
        return parseDay(safeDate(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2))));
    }
}
