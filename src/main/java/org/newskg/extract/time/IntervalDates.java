package org.newskg.extract.time;

import org.newskg.extract.DocContext;
import org.newskg.extract.SentenceGraph;
import org.newskg.model.Dependency;
import org.newskg.model.TimeExpression;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "announced in September 2019, two months after X was acquired": a clause introduced by
 * "after" or "before" with a measured interval ("two months", "three days") happened that
 * interval before (or after) the date of the clause it modifies. The shift is made only when the
 * interval's unit is at least as coarse as that date's precision (months on a month or a day,
 * days on a day, years on anything); otherwise the clause keeps the date it had.
 */
final class IntervalDates {

    private static final Pattern INTERVAL = Pattern.compile("P(\\d+)([YMWD])");

    private IntervalDates() {
    }

    /** The shifted date of a trigger heading such a clause, or null when it is not one. */
    static String of(DocContext ctx, SentenceGraph g, int s, int trigger) {
        Dependency head = g.incoming(trigger).stream()
                .filter(d -> d.relation().equals("advcl:after") || d.relation().equals("advcl:before"))
                .findFirst().orElse(null);
        if (head == null) {
            return null;
        }
        Matcher m = interval(ctx, g, s, trigger);
        if (m == null) {
            return null;
        }
        String base = TriggerDates.first(ctx, g, s, head.governor());
        if (base == null) {
            return null;
        }
        long n = Long.parseLong(m.group(1)) * (head.relation().endsWith("after") ? -1 : 1);
        return shift(base, n, m.group(2).charAt(0));
    }

    /** The interval measuring the clause ("two months" as its dep or npmod), or null. */
    private static Matcher interval(DocContext ctx, SentenceGraph g, int s, int trigger) {
        for (Dependency d : g.outgoing(trigger)) {
            if (!(d.relation().equals("dep") || d.relation().endsWith("npmod"))) {
                continue;
            }
            TimeExpression t = ctx.time().at(s, d.dependent());
            if (t != null && "DURATION".equals(t.type()) && t.value() != null) {
                Matcher m = INTERVAL.matcher(t.value());
                if (m.matches()) {
                    return m;
                }
            }
        }
        return null;
    }

    /** A date (yyyy, yyyy-MM or yyyy-MM-dd) moved by n units, or null when the unit is too fine. */
    static String shift(String date, long n, char unit) {
        try {
            return switch (date.length()) {
                case 4 -> unit == 'Y' ? String.valueOf(Integer.parseInt(date) + n) : null;
                case 7 -> switch (unit) {
                    case 'Y' -> YearMonth.parse(date).plusYears(n).toString();
                    case 'M' -> YearMonth.parse(date).plusMonths(n).toString();
                    default -> null;
                };
                case 10 -> switch (unit) {
                    case 'Y' -> LocalDate.parse(date).plusYears(n).toString();
                    case 'M' -> LocalDate.parse(date).plusMonths(n).toString();
                    case 'W' -> LocalDate.parse(date).plusWeeks(n).toString();
                    default -> LocalDate.parse(date).plusDays(n).toString();
                };
                default -> null;
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return null; // not a calendar date (a season, a decade): no shift
        }
    }
}
