package org.newskg.extract.time;

import org.newskg.model.ParsedDocument;
import org.newskg.model.Sentence;
import org.newskg.model.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates events in narrative time. An explicit date ("On October 12, 2016") sets the anchor;
 * "the same day", "Two days later", "the next day" count from the anchor, not from the
 * publication date; a month and day without a year take the anchor's year. A sentence without
 * a date of its own takes the date of the paragraph it continues. Parenthetical sentences
 * (flashbacks) are dated but move neither the anchor nor the paragraph's date. A bare weekday
 * outside quotations ("on Friday") is that day of the narrated week when the paragraph has fixed a
 * day, else the latest such day by the publication date ({@link WeekdayDates}); other deictic words
 * count from the publication date, as SUTime resolved them. A bare year governed by a preposition
 * ("In 2008", "since 2011") dates its sentence and paragraph; a month and day coordinated with a
 * dated one ("April 12 and April 26, 2016") take its year; a date that modifies a noun ("the
 * meeting on January 12") dates that noun, not the sentence. A section dated by its title tells
 * that day, so a relative day opening it ("The next morning") is the title's day. In news (no
 * title date), a lead day within the week before publication dates the later paragraphs that name
 * none. "yesterday", "today", "last night" outside quotations count from the publication date while
 * the story is about its week. A month and day without a year is the one nearest the narrative day
 * (before any year, the next full date of the paragraph), and never after publication when told in
 * the past tense; months and bare years are read by {@link PeriodDates}; where a date attaches (the
 * sentence, a noun, a relative clause) by {@link DateAttachment}. Surface forms are read by
 * {@link DateForms}.
 */
public final class TimeResolver {

    private final ParsedDocument doc;
    private final LocalDate initialAnchor;
    private final Map<Integer, String> sentenceDate = new HashMap<>();
    private final Map<TimeExpression, String> timexDate = new HashMap<>();
    private final List<int[]> quoteSpans;
    /** The time expressions of each sentence, in document order: lookups cost a sentence, not a document. */
    private final Map<Integer, List<TimeExpression>> timesBySentence = new HashMap<>();
    /** For each sentence, the index of the sentence that starts its paragraph. */
    private final int[] paragraphStart;

    public TimeResolver(ParsedDocument doc, LocalDate initialAnchor, List<int[]> quoteSpans) {
        this.doc = doc;
        this.initialAnchor = initialAnchor;
        this.quoteSpans = quoteSpans;
        for (TimeExpression t : doc.times()) {
            timesBySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t);
        }
        List<Sentence> ss = doc.sentences();
        paragraphStart = new int[ss.size()];
        for (int i = 0; i < ss.size(); i++) {
            paragraphStart[i] = i == 0 || startsParagraph(ss.get(i)) ? i : paragraphStart[i - 1];
        }
        resolve();
    }

    /** The date of the events a sentence tells, ISO, or null. */
    public String sentenceDate(int sentence) {
        return sentenceDate.get(sentence);
    }

    /** The date a time expression resolves to in narrative time, or null. */
    public String dateOf(TimeExpression t) {
        return timexDate.get(t);
    }

    /** The time expressions of a sentence, in document order. */
    public List<TimeExpression> timesIn(int sentence) {
        return timesBySentence.getOrDefault(sentence, List.of());
    }

    /** The time expression covering a token, or null. */
    public TimeExpression at(int sentence, int token) {
        for (TimeExpression t : timesBySentence.getOrDefault(sentence, List.of())) {
            if (token >= t.beginToken() && token < t.endToken()) {
                return t;
            }
        }
        return null;
    }

    private void resolve() {
        LocalDate anchor = initialAnchor;
        String reset = initialAnchor == null ? null : initialAnchor.toString();
        String carried = reset;
        boolean textDated = false;
        boolean fromLead = false;
        for (Sentence s : doc.sentences()) {
            boolean parenthetical = text(s).startsWith("(");
            if (startsParagraph(s) && !startsWithQuote(s) && !followsQuotedBlock(s) && !insideQuotation(s)) {
                carried = reset;
                fromLead = initialAnchor == null && reset != null;
            }
            String own = null;
            boolean quotedOwn = false;
            List<TimeExpression> times = timesBySentence.getOrDefault(s.index(), List.of());
            for (int i = 0; i < times.size(); i++) {
                TimeExpression t = times.get(i);
                if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
                    continue;
                }
                boolean titleDay = initialAnchor != null && !textDated;
                String d = resolve(t, anchor, s, fromLead ? null : DateForms.parseDay(carried), titleDay,
                        laterYear(times, i));
                if (d != null) {
                    timexDate.put(t, d);
                    if (own == null && DateAttachment.datesSentence(s, t)) {
                        own = d;
                        quotedOwn = insideQuote(s, t);
                    }
                }
            }
            if (own != null && !parenthetical) {
                textDated = true;
                // "In 2016, ..." after "On June 9, 2016" dates its own sentence but blurs no later one
                // a quoted day, or a month or year before the day the story has reached ("had held
                // the post since April 2018"), is a flashback: it dates its sentence, not the next
                if ((own.length() != 4 || carried == null || !carried.startsWith(own)) && !quotedOwn
                        && !flashback(own, carried)) {
                    carried = own;
                    fromLead = false;
                }
                LocalDate full = DateForms.parseDay(own);
                // "... given to me this morning": a day named inside a quotation counts from the
                // narrative's day but does not move it
                anchor = full != null && !quotedOwn ? full : anchor;
                if (reset == null && isNewsLead(full)) {
                    reset = own;
                }
            }
            String date = own != null ? own : carried;
            if (date != null) {
                sentenceDate.put(s.index(), date);
            }
        }
    }

    /**
     * News tells its story on the day its lead names ("On Monday, the agency sent ...") and its
     * later paragraphs go on telling that day's events: a lead day within a week before the
     * publication date dates the paragraphs that name no date of their own.
     */
    private boolean isNewsLead(LocalDate day) {
        LocalDate published = doc.document().date();
        return initialAnchor == null && day != null && published != null
                && !day.isAfter(published) && day.isAfter(published.minusDays(8));
    }

    private static boolean flashback(String own, String carried) {
        LocalDate day = DateForms.parseDay(carried);
        if (own.length() == 10 || day == null) {
            return false;
        }
        String end = own.length() == 7 ? own : own + "-12";
        return end.compareTo(carried.substring(0, 7)) < 0;
    }

    /** The year of a later date in the sentence ("April 12 and April 26, 2016"), or -1. */
    private static int laterYear(List<TimeExpression> times, int i) {
        for (int j = i + 1; j < times.size(); j++) {
            String v = times.get(j).value() == null ? "" : times.get(j).value();
            java.util.regex.Matcher m = DateForms.FULL_DATE.matcher(v);
            if (DateForms.HAS_YEAR.matcher(times.get(j).text()).find() && m.lookingAt()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }

    private String resolve(TimeExpression t, LocalDate anchor, Sentence s, LocalDate narrativeDay, boolean titleDay,
                           int laterYear) {
        String text = t.text().toLowerCase(Locale.ROOT);
        String value = t.value() == null ? "" : t.value();
        if (DateForms.HAS_YEAR.matcher(text).find()) {
            String explicit = DateForms.explicit(value);
            return explicit != null ? explicit : PeriodDates.inYear(s, t, text, value);
        }
        String spoken = PublicationTime.speechDay(text, anchor, doc.document().date(), insideQuote(s, t));
        spoken = spoken != null ? spoken : PublicationTime.period(text, anchor, doc.document().date(), insideQuote(s, t));
        if (spoken != null) {
            return spoken;
        }
        var weekday = WeekdayDates.weekday(text);
        if (weekday != null && !insideQuote(s, t)) {
            if (narrativeDay != null) {
                return WeekdayDates.inWeekOf(narrativeDay, weekday).toString();
            }
            if (doc.document().date() != null) {
                return WeekdayDates.latestBy(doc.document().date(), weekday).toString();
            }
        }
        if (anchor != null) {
            String relative = DateForms.relative(text, anchor);
            if (relative != null) {
                // a section dated by its title tells that day: "The next morning" opening it is the title's day
                return titleDay ? anchor.toString() : relative;
            }
            if (DateForms.DEICTIC.matcher(text).find() && insideQuote(s, t)) {
                return anchor.toString();
            }
        }
        Matcher m = DateForms.FULL_DATE.matcher(value);
        LocalDate near = anchor != null ? anchor : nextExplicit(s.index());
        if (m.lookingAt() && DateForms.looksLikeMonthDay(text)) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            return laterYear > 0 ? DateForms.safeDate(laterYear, month, day)
                    : near != null ? PublicationTime.past(DateForms.nearest(near, month, day), doc.document().date(), s, t) : DateForms.safeDate(Integer.parseInt(m.group(1)), month, day);
        }
        Matcher x = XXXX.matcher(value);
        if (x.lookingAt() && (near != null || laterYear > 0)) {
            int month = Integer.parseInt(x.group(1));
            int day = Integer.parseInt(x.group(2));
            return laterYear > 0 ? DateForms.safeDate(laterYear, month, day) : PublicationTime.past(DateForms.nearest(near, month, day), doc.document().date(), s, t);
        }
        if (DateForms.DEICTIC.matcher(text).find() && m.lookingAt()) {
            return m.group();
        }
        return PublicationTime.past(PeriodDates.inMonth(s, t, text, value, anchor != null ? anchor : doc.document().date()),
                doc.document().date(), s, t);
    }


    /**
     * "... the meeting X had requested on November 16. It took place on November 30, 2016.": before
     * the story names a year, a month and day take it from the next full date of their paragraph.
     */
    private LocalDate nextExplicit(int sentence) {
        for (int i = sentence; i < doc.sentences().size() && paragraphStart[i] == paragraphStart[sentence]; i++) {
            for (TimeExpression t : timesIn(i)) {
                String v = t.value() == null ? "" : t.value();
                if (DateForms.HAS_YEAR.matcher(t.text()).find() && DateForms.FULL_DATE.matcher(v).lookingAt()) {
                    return DateForms.parseDay(v.substring(0, 10));
                }
            }
        }
        return null;
    }

    private static final Pattern XXXX = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
    private boolean insideQuote(Sentence s, TimeExpression t) {
        int begin = s.tokens().get(t.beginToken()).begin();
        return quoteSpans.stream().anyMatch(q -> begin >= q[0] && begin < q[1]);
    }

    static LocalDate parseDay(String iso) {
        return DateForms.parseDay(iso);
    }

    /** A date named in a title ("The Events of June 9, 2016"), to anchor the narrative, or null. */
    public static LocalDate dateInTitle(String title) {
        return DateForms.dateInTitle(title);
    }


    private String text(Sentence s) {
        return doc.document().slice(s.begin(), s.end());
    }

    private boolean startsParagraph(Sentence s) {
        if (s.index() == 0) {
            return true;
        }
        Sentence prev = doc.sentences().get(s.index() - 1);
        String gap = doc.document().slice(prev.end(), s.begin());
        return gap.chars().filter(c -> c == '\n').count() >= 2;
    }

    /** A paragraph of a quotation that runs over several paragraphs (an email quoted whole). */
    private boolean insideQuotation(Sentence s) {
        return quoteSpans.stream().anyMatch(q -> s.begin() > q[0] && s.begin() < q[1]);
    }

    /** A paragraph right after a wholly quoted one (an email: "Good morning ... Rob") goes on in its time. */
    private boolean followsQuotedBlock(Sentence s) {
        if (s.index() > 0 && insideQuotation(doc.sentences().get(s.index() - 1))) {
            return true;
        }
        if (s.index() == 0) {
            return false;
        }
        return startsWithQuote(doc.sentences().get(paragraphStart[s.index() - 1]));
    }

    private boolean startsWithQuote(Sentence s) {
        String t = text(s);
        return !t.isEmpty() && "\"\u201c\u2018'".indexOf(t.charAt(0)) >= 0;
    }

}
