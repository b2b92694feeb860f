package org.newskg.extract.time;

import org.newskg.model.Sentence;
import org.newskg.model.TimeExpression;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates that count from the day the article was published rather than from the story's day. */
final class PublicationTime {

    private PublicationTime() {
    }

    /**
     * "yesterday", "today", "last night" outside quotations count from the day the article was
     * written, not from the last day the story named, while the story is about that week (its
     * narrative day within a week before publication, or none yet).
     */
    static String speechDay(String text, LocalDate anchor, LocalDate published, boolean quoted) {
        return aboutThatWeek(anchor, published, quoted) ? DateForms.deictic(text, published) : null;
    }

    private static final Pattern PERIOD = Pattern.compile("(last|this|earlier this|later this) (month|year)");

    /**
     * "met X last month", "earlier this year": the month or the year counted from the day the
     * article was published, on the same terms as {@link #speechDay}.
     */
    static String period(String text, LocalDate anchor, LocalDate published, boolean quoted) {
        Matcher m = PERIOD.matcher(text);
        if (!m.matches() || !aboutThatWeek(anchor, published, quoted)) {
            return null;
        }
        boolean month = m.group(2).equals("month");
        LocalDate d = !m.group(1).equals("last") ? published : month ? published.minusMonths(1) : published.minusYears(1);
        return month ? d.toString().substring(0, 7) : String.valueOf(d.getYear());
    }

    private static boolean aboutThatWeek(LocalDate anchor, LocalDate published, boolean quoted) {
        return published != null && !quoted
                && (anchor == null || !anchor.isAfter(published) && !anchor.isBefore(published.minusDays(8)));
    }

    /**
     * "Berg resigned in March" in a February article: a yearless date the past tense tells of
     * cannot lie after publication, so it is the year before.
     */
    static String past(String date, LocalDate published, Sentence s, TimeExpression t) {
        if (date == null || published == null || !DateAttachment.pastTense(s, t)) {
            return date;
        }
        LocalDate first = DateForms.parseDay(date.length() == 7 ? date + "-01" : date);
        return first != null && first.isAfter(published) ? (first.getYear() - 1) + date.substring(4) : date;
    }
}
