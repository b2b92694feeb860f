package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.model.Document;

class HtmlFilesTest {

    @TempDir
    Path dir;

    @Test
    void articlePageGivesTitleDateAndParagraphs() throws IOException {
        Path f = write("a.html", """
                <!DOCTYPE html><html><head>
                <title>Site | Story</title>
                <meta property="og:title" content="Wikileaks slid into Trump Jr.’s DMs">
                <meta property="article:published_time" content="2017-11-13T18:05:00-05:00">
                <script>var x = "<p>not text</p>";</script><style>p { color: red }</style>
                </head><body>
                <header><h1>Site name</h1><nav><p>Home</p><p>World</p></nav></header>
                <article>
                  <h1>Wikileaks slid into Trump Jr.’s DMs</h1>
                  <p>Wikileaks slid into Donald
                     Trump Jr.’s inbox&nbsp;during the election.</p>
                  <aside><p>Related: something else</p></aside>
                  <p>“Hiya,” it wrote.<br>New line.</p>
                </article>
                <footer><p>Copyright</p></footer>
                </body></html>
                """);
        Document doc = Results.read(f).onlyDocument();
        assertEquals("Wikileaks slid into Trump Jr.\u2019s DMs", doc.title());
        assertEquals(LocalDate.of(2017, 11, 13), doc.date());
        assertEquals("Wikileaks slid into Donald Trump Jr.\u2019s inbox\u00A0during the election.\n\n"
                + "\u201CHiya,\u201D it wrote.\nNew line.", doc.text());
        assertEquals(f.toString(), doc.source());
    }

    @Test
    void withoutArticleTheElementWithMostParagraphTextWins() throws IOException {
        Path f = write("b.htm", """
                <html><head><title>Plain page</title><meta name="date" content="2016-10-12"></head><body>
                <div id="menu"><p>Short.</p></div>
                <div id="story"><p>First paragraph of the story.</p><p>Second paragraph, longer than the menu.</p></div>
                </body></html>
                """);
        Document doc = Results.read(f).onlyDocument();
        assertEquals("Plain page", doc.title());
        assertEquals(LocalDate.of(2016, 10, 12), doc.date());
        assertEquals("First paragraph of the story.\n\nSecond paragraph, longer than the menu.", doc.text());
    }

    @Test
    void timeElementGivesTheDate() throws IOException {
        Path f = write("c.html", "<html><body><article><time datetime=\"2016-07-22T10:00Z\">July 22</time>"
                + "<p>Text.</p></article></body></html>");
        Document doc = Results.read(f).onlyDocument();
        assertEquals(LocalDate.of(2016, 7, 22), doc.date());
        assertNull(doc.title());
        assertEquals("Text.", doc.text());
    }

    @Test
    void pageWithoutTextIsAProblem() throws IOException {
        Path f = write("d.html", "<html><head><title>Nothing</title><script>x()</script></head><body><nav>Menu</nav></body></html>");
        Input.Problem p = Results.read(f).onlyProblem();
        assertEquals(f.toString(), p.location());
        assertEquals("empty: no text", p.reason());
    }

    @Test
    void windows1252PageWithoutDeclaredCharsetGivesAWarning() throws IOException {
        Path f = dir.resolve("e.html");
        byte[] bytes = "<html><body><p>He said XnoY.</p></body></html>".getBytes(StandardCharsets.US_ASCII);
        int at = new String(bytes, StandardCharsets.US_ASCII).indexOf('X');
        bytes[at] = (byte) 0x93;
        bytes[at + 3] = (byte) 0x94;
        Files.write(f, bytes);
        Results r = Results.read(f);
        assertEquals(2, r.all.size());
        assertInstanceOf(Input.Warning.class, r.all.get(0));
        assertEquals("He said \u201Cno\u201D.", r.documents().get(0).text());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
