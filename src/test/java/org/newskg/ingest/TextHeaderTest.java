package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextHeaderTest {

    @Test
    void bodyStartsRightAfterTheBlankLineThatEndsTheHeader() {
        TextHeader h = TextHeader.parse("Title: T\r\nDate: 2019-03-22\r\n\r\n\r\n  Body\u00A0kept.\r\n", false);
        assertEquals(new TextHeader("T", "2019-03-22", null, "\r\n  Body\u00A0kept.\r\n"), h);
    }

    @Test
    void firstOfEachFieldCountsAndUrlIsASource() {
        TextHeader h = TextHeader.parse("Title: One\nTITLE: Two\nurl: http://x.org/\nSource: Reuters\n\nBody", false);
        assertEquals(new TextHeader("One", null, "http://x.org/", "Body"), h);
    }

    @Test
    void headerWithoutTitleTakesTheBodysFirstLine() {
        TextHeader h = TextHeader.parse("Date: 2019-03-22\n\n\nHeadline\nBody", false);
        assertEquals("Headline", h.title());
    }

    @Test
    void noHeaderWhenTheFileStartsBlank() {
        String text = "\nTitle: late\n\nBody";
        assertEquals(new TextHeader("Title: late", null, null, text), TextHeader.parse(text, false));
    }

    @Test
    void datesInTheAcceptedForms() {
        assertEquals(Optional.of(LocalDate.of(2016, 10, 12)), DateParser.parse("2016-10-12"));
        assertEquals(Optional.of(LocalDate.of(2016, 10, 12)), DateParser.parse(" 2016-10-12T23:30:00-05:00 "));
        assertEquals(Optional.of(LocalDate.of(2016, 10, 12)), DateParser.parse("2016-10-12 08:00"));
        assertEquals(Optional.empty(), DateParser.parse("2016-13-45"));
        assertEquals(Optional.empty(), DateParser.parse("October 12, 2016"));
        assertEquals(Optional.empty(), DateParser.parse("2016-10-123"));
    }
}
