package org.newskg.extract.time;

import org.newskg.model.Sentence;
import org.newskg.model.TimeExpression;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates coarser than a day that a preposition makes the time of a clause: a bare year ("in
 * 2008", "since 2011") and a month without a day ("in mid-January", "earlier in the month").
 */
final class PeriodDates {

    private PeriodDates() {
    }

    private static final Set<String> APPROXIMATE = Set.of("approximately", "about", "around", "circa");

    /** "in 2008", "since 2011", "in approximately 2005": a bare year governed by a preposition. */
    static String inYear(Sentence s, TimeExpression t, String text, String value) {
        String bare = text;
        for (String a : APPROXIMATE) {
            bare = bare.startsWith(a + " ") ? bare.substring(a.length() + 1) : bare;
        }
        String year = DateForms.year(bare, value);
        int before = t.beginToken() - 1;
        if (before >= 0 && APPROXIMATE.contains(s.tokens().get(before).word().toLowerCase(Locale.ROOT))) {
            before--;
        }
        return year != null && before >= 0 && s.tokens().get(before).pos().equals("IN") ? year : null;
    }

    private static final Set<String> IN_MONTH = Set.of("in", "during", "at");

    /**
     * "in mid-January", "earlier in the month", "in March of this year": a month without a day,
     * governed by "in", "during" or "at", is that month of the narrative's year (the nearest such
     * month to the narrative day, else to the publication date), or the month the text counts from ("of last year").
     */
    static String inMonth(Sentence s, TimeExpression t, String text, String value, LocalDate near) {
        int before = t.beginToken() - 1;
        if (before < 0 || !IN_MONTH.contains(s.tokens().get(before).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Matcher mm = MONTH_ONLY.matcher(value);
        if (!mm.matches()) {
            return null;
        }
        int month = Integer.parseInt(mm.group(2));
        boolean counted = text.contains(" year") && mm.group(1).matches("\\d{4}");
        if (text.equals("the month")) {
            return near == null ? null : near.toString().substring(0, 7);
        }
        if (counted || near == null) {
            return counted ? value.substring(0, 4) + "-" + mm.group(2) : null;
        }
        String day = DateForms.nearest(near, month, 1);
        return day == null ? null : day.substring(0, 7);
    }

    private static final Pattern MONTH_ONLY = Pattern.compile("(\\d{4}|XXXX|\\*\\*\\*\\*)-?(\\d{2})");
}
