package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives exactly one problem naming the file, and no exception. */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void missingPath() {
        Path f = dir.resolve("nope.txt");
        assertProblem(Results.read(f), f, "no such file or folder", false);
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertProblem(Results.read(f), f, "empty file", false);
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        Path f = write("blank.md", " \n\t\u00A0\r\n  \n");
        assertProblem(Results.read(f), f, "empty: no text", false);
    }

    @Test
    void headerWithoutBody() throws IOException {
        Path f = write("header.txt", "Title: Only a title\nDate: 2019-03-22\n\n\n");
        assertProblem(Results.read(f), f, "empty: no text", false);
    }

    @Test
    void binaryFileWithNulBytes() throws IOException {
        Path f = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});
        assertProblem(Results.read(f), f, "binary file, not text", false);
    }

    @Test
    void binaryFileOfControlCharacters() throws IOException {
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        Path f = Files.write(dir.resolve("data.jsonl"), bytes);
        assertProblem(Results.read(f), f, "binary file, not text", false);
    }

    @Test
    void utf16File() throws IOException {
        Path f = Files.write(dir.resolve("wide.txt"), "\uFEFFHello".getBytes(StandardCharsets.UTF_16LE));
        assertProblem(Results.read(f), f, "UTF-16 text is not supported; save it as UTF-8", false);
    }

    @Test
    void unsupportedExtensionIsSkipped() throws IOException {
        Path f = write("report.pdf", "%PDF-1.4");
        assertProblem(Results.read(f), f, "unsupported file type .pdf", true);
    }

    @Test
    void tooLargeAfterDecoding() throws IOException {
        Path f = write("big.txt", "a".repeat(3_000_001));
        assertProblem(Results.read(2_000_000, null, f), f,
                "too large: 3,000,001 characters (limit 2,000,000; raise it with --max-chars)", false);
    }

    @Test
    void tooLargeCountsCodePointsNotBytes() throws IOException {
        Path f = write("emoji.txt", "\uD83D\uDE00".repeat(10));
        assertEquals(1, Results.read(10, null, f).documents().size());
        Path g = write("euro.txt", "\u20AC".repeat(10)); // 30 bytes: the size alone does not prove it
        assertProblem(Results.read(9, null, g), g,
                "too large: 10 characters (limit 9; raise it with --max-chars)", false);
    }

    @Test
    void tooLargeByFileSizeAloneIsRefusedUnread() throws IOException {
        Path f = write("huge.txt", "b".repeat(41));
        assertProblem(Results.read(10, null, f), f,
                "too large: 41 bytes, more than 10 characters (limit 10; raise it with --max-chars)", false);
    }

    @Test
    void tooLargeJsonText() throws IOException {
        Path f = write("feed.jsonl", "{\"text\": \"" + "c".repeat(11) + "\"}\n");
        Input.Problem p = Results.read(10, null, f).onlyProblem();
        assertEquals(f + ":1", p.location());
        assertEquals("too large: 11 characters (limit 10; raise it with --max-chars)", p.reason());
    }

    @Test
    void overlongJsonLineIsRefusedWithoutReadingItWhole() throws IOException {
        Path f = dir.resolve("long.jsonl");
        int maxChars = 10;
        long lineCap = 12L * maxChars + (1 << 20);
        Files.writeString(f, "{\"text\": \"" + "d".repeat((int) lineCap) + "\"}\n{\"text\": \"ok\"}\n");
        Results r = Results.read(maxChars, null, f);
        assertEquals(1, r.documents().size());
        Input.Problem p = r.problems().get(0);
        assertEquals(1, r.problems().size());
        assertEquals(f + ":1", p.location());
        assertTrue(p.reason().startsWith("too large: more than"), p.reason());
    }

    @Test
    void jsonLinesFileOfBlankLines() throws IOException {
        Path f = write("blank.jsonl", "\n  \n\n");
        assertProblem(Results.read(f), f, "empty: no JSON lines", false);
    }

    @Test
    void emptyJsonArray() throws IOException {
        Path f = write("none.json", " [ ] ");
        assertProblem(Results.read(f), f, "empty: no JSON objects in the array", false);
    }

    @Test
    void jsonScalarAtTheTop() throws IOException {
        Path f = write("scalar.json", "\"just a string\"");
        assertProblem(Results.read(f), f, "not a JSON object or array", false);
    }

    @Test
    void aNulByteAfterTheFirst8KbIsRefusedAsBinary() throws IOException {
        byte[] bytes = new byte[FileProbe.SAMPLE_BYTES + 2000];
        java.util.Arrays.fill(bytes, (byte) 'a');
        bytes[FileProbe.SAMPLE_BYTES + 1000] = 0;
        Path f = Files.write(dir.resolve("late-nul.txt"), bytes);
        Results r = Results.read(f);
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).reason().startsWith("binary content, not text: a NUL character at character"),
                r.problems().toString());
        assertTrue(r.documents().isEmpty());
    }

    @Test
    void deeplyNestedJsonSaysSoNotThatItIsTooLong() throws IOException {
        Path f = write("deep.jsonl", "{\"text\": \"a\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}\n");
        Results r = Results.read(f);
        assertEquals(1, r.problems().size(), r.problems().toString());
        String reason = r.problems().get(0).reason();
        assertTrue(reason.contains("nested more than 1000 levels"), reason);
        assertFalse(reason.contains("--max-chars"), reason);
    }

    private static void assertProblem(Results r, Path file, String reason, boolean skipped) {
        Input.Problem p = r.onlyProblem();
        assertEquals(file.toString(), p.location());
        assertEquals(reason, p.reason());
        assertEquals(skipped, p.skipped());
        assertFalse(p.reason().contains("\n"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
