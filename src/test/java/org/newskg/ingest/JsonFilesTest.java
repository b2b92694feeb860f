package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Document;

class JsonFilesTest {

    @TempDir
    Path dir;

    @Test
    void jsonLinesGiveOneDocumentPerLine() throws IOException {
        Path f = write("feed.jsonl", """
                {"id": 1, "url": "https://example.org/1", "title": "One", "date": "2016-10-12", "text": "Text\\u00a0one \\u201Cquoted\\u201D."}

                {"id": 2, "title": "Two", "date": "2016-10-13T08:00:00Z", "text": "Text two."}
                """);
        List<Document> docs = Results.read(f).documents();
        assertEquals(2, docs.size());
        assertEquals(new Document("Text\u00A0one \u201Cquoted\u201D.", "One", LocalDate.of(2016, 10, 12),
                "https://example.org/1"), docs.get(0));
        assertEquals(new Document("Text two.", "Two", LocalDate.of(2016, 10, 13), f + ":3"), docs.get(1));
    }

    @Test
    void brokenMiddleLineIsOneProblemAndTheOtherLinesAreRead() throws IOException {
        Path f = write("feed.jsonl", "{\"text\": \"First.\"}\n{\"text\": \"Broken\n{\"text\": \"Third.\"}\n");
        Results r = Results.read(f);
        assertEquals(List.of("First.", "Third."), r.documents().stream().map(Document::text).toList());
        assertEquals(1, r.problems().size());
        Input.Problem p = r.problems().get(0);
        assertEquals(f + ":2", p.location());
        assertTrue(p.location().endsWith(":2"));
        assertTrue(p.reason().startsWith("malformed JSON"), p.reason());
        assertFalse(p.reason().contains("\n"));
    }

    @Test
    void trailingGarbageOnALineIsMalformed() throws IOException {
        Path f = write("feed.jsonl", "{\"text\": \"First.\"} oops\n");
        Input.Problem p = Results.read(f).onlyProblem();
        assertEquals(f + ":1", p.location());
    }

    @Test
    void objectWithoutStringTextIsAProblem() throws IOException {
        Path f = write("feed.jsonl", "{\"id\": \"a7\", \"text\": 42}\n");
        Input.Problem p = Results.read(f).onlyProblem();
        assertEquals(f + ":1", p.location());
        assertEquals("no string \"text\" field (id a7)", p.reason());
    }

    @Test
    void lineThatIsNotAnObjectIsAProblem() throws IOException {
        Path f = write("feed.jsonl", "[1, 2]\n");
        assertEquals("not a JSON object", Results.read(f).onlyProblem().reason());
    }

    @Test
    void windows1252LineGivesAWarningAtItsLine() throws IOException {
        Path f = dir.resolve("old.jsonl");
        byte[] bytes = "{\"text\": \"He said XnoY.\"}\n".getBytes(StandardCharsets.US_ASCII);
        int at = new String(bytes, StandardCharsets.US_ASCII).indexOf('X');
        bytes[at] = (byte) 0x93;
        bytes[at + 3] = (byte) 0x94;
        Files.write(f, bytes);
        Results r = Results.read(f);
        assertEquals(2, r.all.size());
        assertEquals(f + ":1", assertInstanceOf(Input.Warning.class, r.all.get(0)).location());
        assertEquals("He said \u201Cno\u201D.", r.documents().get(0).text());
    }

    @Test
    void hundredThousandLinesAreStreamed() throws IOException {
        Path f = dir.resolve("big.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 100_000; i++) {
                out.write("{\"id\": " + i + ", \"title\": \"T" + i + "\", \"text\": \"Short text number " + i + ".\"}\n");
            }
        }
        int[] counts = new int[2];
        String[] last = new String[1];
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                new DocumentSource(1000, null).read(List.of(f), input -> {
                    if (input instanceof Input.Read read) {
                        counts[0]++;
                        last[0] = read.document().source();
                    } else {
                        counts[1]++;
                    }
                }));
        assertEquals(100_000, counts[0]);
        assertEquals(0, counts[1]);
        assertEquals(f + ":100000", last[0]);
    }

    @Test
    void jsonArrayGivesOneDocumentPerElement() throws IOException {
        Path f = write("feed.json", """
                [
                  {"url": "https://example.org/a", "title": "A", "date": "2016-10-12T08:00:00+02:00", "text": "Alpha."},
                  {"title": "B", "text": "Beta.", "extra": {"nested": [1, 2, 3]}},
                  {"title": "C"}
                ]
                """);
        Results r = Results.read(f);
        List<Document> docs = r.documents();
        assertEquals(2, docs.size());
        assertEquals(new Document("Alpha.", "A", LocalDate.of(2016, 10, 12), "https://example.org/a"), docs.get(0));
        assertEquals(f + "#1", docs.get(1).source());
        assertEquals(List.of(new Input.Problem(f + "#2", "no string \"text\" field", false)), r.problems());
    }

    @Test
    void singleJsonObjectIsOneDocument() throws IOException {
        Path f = write("one.json", "{\"title\": \"Solo\", \"text\": \"Only one.\"}");
        Document doc = Results.read(f).onlyDocument();
        assertEquals("Only one.", doc.text());
        assertEquals("Solo", doc.title());
        assertEquals(f.toString(), doc.source());
        assertNull(doc.date());
    }

    @Test
    void malformedJsonArrayKeepsWhatCameBeforeAndNamesTheLine() throws IOException {
        Path f = write("bad.json", "[\n{\"text\": \"Good.\"},\n{\"text\": oops}\n]\n");
        Results r = Results.read(f);
        assertEquals(1, r.documents().size());
        Input.Problem p = r.problems().get(0);
        assertEquals(1, r.problems().size());
        assertEquals(f + ":3", p.location());
        assertTrue(p.reason().startsWith("malformed JSON"), p.reason());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
