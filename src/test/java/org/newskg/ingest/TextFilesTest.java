package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Document;

class TextFilesTest {

    private static final Path SEED = Path.of("src/test/resources/ingest/seed-article.txt");

    @TempDir
    Path dir;

    @Test
    void seedArticleIsReadExactlyWithItsNoBreakSpaces() throws IOException {
        String expected = Files.readString(SEED, StandardCharsets.UTF_8);
        Document doc = Results.read(SEED).onlyDocument();
        assertEquals(expected, doc.text());
        assertEquals(22, doc.text().chars().filter(c -> c == '\u00A0').count());
        assertTrue(doc.text().contains("Trump Jr.\u2019s inbox\u00A0during"));
        assertEquals("Wikileaks slid into Trump Jr.\u2019s DMs", doc.title());
        assertEquals(3001, doc.length());
        assertNull(doc.date());
        assertEquals(SEED.toString(), doc.source());
    }

    @Test
    void headerGivesTitleDateAndTheBodyAfterTheBlankLine() throws IOException {
        Path f = write("dev.txt", "Title: Initial Contacts\nDate: 2019-03-22\n\nAccording to Papadopoulos,\u00A0Mifsud met him.\n\nSecond.\n");
        Document doc = Results.read(f).onlyDocument();
        assertEquals("According to Papadopoulos,\u00A0Mifsud met him.\n\nSecond.\n", doc.text());
        assertEquals("Initial Contacts", doc.title());
        assertEquals(LocalDate.of(2019, 3, 22), doc.date());
        assertEquals(f.toString(), doc.source());
    }

    @Test
    void headerSourceOrUrlBecomesTheSource() throws IOException {
        Path f = write("a.txt", "URL: https://example.org/a\r\ntitle: A\r\n\r\nBody text.");
        Document doc = Results.read(f).onlyDocument();
        assertEquals("https://example.org/a", doc.source());
        assertEquals("A", doc.title());
        assertEquals("Body text.", doc.text());
    }

    @Test
    void devTextIsReadWithItsHeader() throws IOException {
        Path dev = Path.of("src/test/resources/ingest/dev-01.txt");
        Document doc = Results.read(dev).onlyDocument();
        assertTrue(doc.title().startsWith("Volume I, Section IV.A.2.b"));
        assertEquals(LocalDate.of(2019, 3, 22), doc.date());
        String file = Files.readString(dev, StandardCharsets.UTF_8);
        assertEquals(file.substring(file.indexOf("\n\n") + 2), doc.text());
        assertTrue(doc.text().startsWith("According to Papadopoulos"));
    }

    @Test
    void withoutHeaderTheWholeFileIsTextAndALongFirstLineIsNoTitle() throws IOException {
        String text = "x".repeat(250) + "\n\nMore.";
        Document doc = Results.read(write("long.txt", text)).onlyDocument();
        assertEquals(text, doc.text());
        assertNull(doc.title());
    }

    @Test
    void aLineThatIsNotAHeaderFieldMeansNoHeader() throws IOException {
        String text = "Title: Something\nNot a header line\n\nBody.";
        Document doc = Results.read(write("b.txt", text)).onlyDocument();
        assertEquals(text, doc.text());
        assertEquals("Title: Something", doc.title());
    }

    @Test
    void defaultDateIsUsedWhenTheFileGivesNone() throws IOException {
        LocalDate fallback = LocalDate.of(2020, 1, 2);
        Document doc = Results.read(100, fallback, write("c.txt", "Just text.")).onlyDocument();
        assertEquals(fallback, doc.date());
    }

    @Test
    void anUnreadableDateGivesAWarningAndTheDefault() throws IOException {
        Results r = Results.read(write("d.txt", "Date: last Tuesday\n\nText."));
        assertEquals(2, r.all.size());
        Input.Warning w = assertInstanceOf(Input.Warning.class, r.all.get(0));
        assertTrue(w.message().contains("last Tuesday"), w.message());
        assertNull(r.documents().get(0).date());
    }

    @Test
    void timestampDatesGiveTheirDatePart() throws IOException {
        Document doc = Results.read(write("e.txt", "Date: 2016-10-12T08:00:00Z\n\nText.")).onlyDocument();
        assertEquals(LocalDate.of(2016, 10, 12), doc.date());
    }

    @Test
    void markdownTitleLosesItsHashes() throws IOException {
        String text = "# The Headline\n\nSome *text*.\n";
        Document doc = Results.read(write("f.md", text)).onlyDocument();
        assertEquals("The Headline", doc.title());
        assertEquals(text, doc.text());
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws IOException {
        Path f = dir.resolve("bom.txt");
        byte[] body = "Title: T\n\nCaf\u00E9.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(f, bytes);
        Document doc = Results.read(f).onlyDocument();
        assertEquals("T", doc.title());
        assertEquals("Caf\u00E9.", doc.text());
    }

    @Test
    void windows1252BytesGiveAWarningThenTheDecodedText() throws IOException {
        Path f = dir.resolve("old.txt");
        byte[] bytes = {'H', 'e', ' ', 's', 'a', 'i', 'd', ' ', (byte) 0x93, 'n', 'o', (byte) 0x94, ' ',
                (byte) 0x96, ' ', 'c', 'a', 'f', (byte) 0xE9, '.'};
        Files.write(f, bytes);
        Results r = Results.read(f);
        assertEquals(2, r.all.size());
        Input.Warning w = assertInstanceOf(Input.Warning.class, r.all.get(0));
        assertEquals(f.toString(), w.location());
        assertTrue(w.message().contains("Windows-1252"));
        Input.Read read = assertInstanceOf(Input.Read.class, r.all.get(1));
        assertEquals("He said \u201Cno\u201D \u2013 caf\u00E9.", read.document().text());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
