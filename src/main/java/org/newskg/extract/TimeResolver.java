package org.newskg.extract;

import org.newskg.model.ParsedDocument;
import org.newskg.model.Sentence;
import org.newskg.model.TimeExpression;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * count from the publication date, as SUTime resolved them.
 */
final class TimeResolver {

    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern HAS_YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");
    private static final Pattern SAME = Pattern.compile(
            "\\b(same|that) (day|morning|afternoon|evening|night)\\b|\\blater that day\\b|\\bhours (later|after)\\b");
    private static final Pattern YESTERDAY = Pattern.compile("\\b(yesterday|last (night|evening))\\b");
    private static final Pattern TOMORROW = Pattern.compile("\\btomorrow\\b");
    private static final Pattern NEXT = Pattern.compile("\\b(next|following) (day|morning|evening)\\b");
    private static final Pattern BEFORE = Pattern.compile("\\b(previous|prior) day\\b|\\bday before\\b");
    private static final Pattern OFFSET = Pattern.compile("\\b(\\w+) (day|week)s? (later|after|earlier|before)\\b");
    private static final Pattern DEICTIC = Pattern.compile(
            "\\b(today|yesterday|tomorrow|tonight|this (morning|afternoon|evening|week)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("a", 1), Map.entry("several", -1));

    private final ParsedDocument doc;
    private final LocalDate initialAnchor;
    private final Map<Integer, String> sentenceDate = new HashMap<>();
    private final Map<TimeExpression, String> timexDate = new HashMap<>();
    private final List<int[]> quoteSpans;
    /** The time expressions of each sentence, in document order: lookups cost a sentence, not a document. */
    private final Map<Integer, List<TimeExpression>> timesBySentence = new HashMap<>();
    /** For each sentence, the index of the sentence that starts its paragraph. */
    private final int[] paragraphStart;

    TimeResolver(ParsedDocument doc, LocalDate initialAnchor, List<int[]> quoteSpans) {
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
    String sentenceDate(int sentence) {
        return sentenceDate.get(sentence);
    }

    /** The date a time expression resolves to in narrative time, or null. */
    String dateOf(TimeExpression t) {
        return timexDate.get(t);
    }

    /** The time expressions of a sentence, in document order. */
    List<TimeExpression> timesIn(int sentence) {
        return timesBySentence.getOrDefault(sentence, List.of());
    }

    /** The time expression covering a token, or null. */
    TimeExpression at(int sentence, int token) {
        for (TimeExpression t : timesBySentence.getOrDefault(sentence, List.of())) {
            if (token >= t.beginToken() && token < t.endToken()) {
                return t;
            }
        }
        return null;
    }

    private void resolve() {
        LocalDate anchor = initialAnchor;
        String carried = initialAnchor == null ? null : initialAnchor.toString();
        for (Sentence s : doc.sentences()) {
            boolean parenthetical = text(s).startsWith("(");
            if (startsParagraph(s) && !startsWithQuote(s) && !followsQuotedBlock(s) && !insideQuotation(s)) {
                carried = initialAnchor == null ? null : initialAnchor.toString();
            }
            String own = null;
            for (TimeExpression t : timesBySentence.getOrDefault(s.index(), List.of())) {
                if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
                    continue;
                }
                String d = resolve(t, anchor, s, parseDay(carried));
                if (d != null) {
                    timexDate.put(t, d);
                    own = own == null ? d : own;
                }
            }
            if (own != null && !parenthetical) {
                carried = own;
                LocalDate full = parseDay(own);
                anchor = full != null ? full : anchor;
            }
            String date = own != null ? own : carried;
            if (date != null) {
                sentenceDate.put(s.index(), date);
            }
        }
    }

    private String resolve(TimeExpression t, LocalDate anchor, Sentence s, LocalDate narrativeDay) {
        String text = t.text().toLowerCase(Locale.ROOT);
        String value = t.value() == null ? "" : t.value();
        if (HAS_YEAR.matcher(text).find()) {
            return explicit(value);
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
            String relative = relative(text, anchor);
            if (relative != null) {
                return relative;
            }
            if (DEICTIC.matcher(text).find() && insideQuote(s, t)) {
                return anchor.toString();
            }
        }
        Matcher m = FULL_DATE.matcher(value);
        if (m.lookingAt() && looksLikeMonthDay(text)) {
            int year = anchor != null ? anchor.getYear() : Integer.parseInt(m.group(1));
            return safeDate(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        Matcher x = Pattern.compile("XXXX-(\\d{2})-(\\d{2})").matcher(value);
        if (x.lookingAt() && anchor != null) {
            return safeDate(anchor.getYear(), Integer.parseInt(x.group(1)), Integer.parseInt(x.group(2)));
        }
        if (DEICTIC.matcher(text).find() && m.lookingAt()) {
            return m.group();
        }
        return null;
    }

    private static boolean looksLikeMonthDay(String text) {
        return text.matches(".*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}(st|nd|rd|th)?\\b.*")
                || text.matches(".*\\b\\d{1,2}(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).*");
    }

    private static String explicit(String value) {
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

    private static String relative(String text, LocalDate anchor) {
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

    private boolean insideQuote(Sentence s, TimeExpression t) {
        int begin = s.tokens().get(t.beginToken()).begin();
        return quoteSpans.stream().anyMatch(q -> begin >= q[0] && begin < q[1]);
    }

    private static String safeDate(int y, int m, int d) {
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
