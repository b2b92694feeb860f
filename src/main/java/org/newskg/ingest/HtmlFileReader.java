package org.newskg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page with jsoup: title from {@code og:title} or {@code <title>}, date from
 * {@code article:published_time}, {@code <meta name="date">} or {@code <time datetime>}, text
 * from the main element (see {@link HtmlText}).
 */
final class HtmlFileReader implements FormatReader {

    private static final String[] TITLE = {"meta[property=og:title]", "meta[name=og:title]"};
    private static final String[] DATE = {"meta[property=article:published_time]",
        "meta[name=article:published_time]", "meta[name=date]", "meta[itemprop=datePublished]"};

    private final Admission admission;

    HtmlFileReader(Admission admission) {
        this.admission = admission;
    }

    @Override
    public void read(Path file, Consumer<Input> sink) throws IOException {
        String location = file.toString();
        List<String> notes = new ArrayList<>();
        org.jsoup.nodes.Document page = parse(Files.readAllBytes(file), location, notes);
        String title = firstContent(page, TITLE);
        if (title == null) {
            title = page.title().isBlank() ? firstText(page, "h1") : page.title();
        }
        String date = firstContent(page, DATE);
        if (date == null) {
            Element time = page.selectFirst("time[datetime]");
            date = time == null ? null : time.attr("datetime");
        }
        page.select(HtmlText.NOT_TEXT).remove();
        admission.admit(new Candidate(location, HtmlText.of(page), title, date, location, notes), sink);
    }

    /**
     * Parses as UTF-8 when the bytes are valid UTF-8; otherwise in the charset the page declares,
     * or as Windows-1252 (with a note) when it declares none or wrongly claims UTF-8.
     */
    private static org.jsoup.nodes.Document parse(byte[] bytes, String location, List<String> notes)
            throws IOException {
        DecodedText decoded = DecodedText.of(bytes);
        if (!decoded.windows1252()) {
            return Jsoup.parse(decoded.text(), location);
        }
        org.jsoup.nodes.Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, location);
        if (page.charset().equals(StandardCharsets.UTF_8)) {
            notes.add(DecodedText.FALLBACK_WARNING);
            return Jsoup.parse(new ByteArrayInputStream(bytes), Charset.forName("windows-1252").name(), location);
        }
        return page;
    }

    private static String firstContent(org.jsoup.nodes.Document page, String[] selectors) {
        for (String selector : selectors) {
            Element meta = page.selectFirst(selector);
            if (meta != null && !meta.attr("content").isBlank()) {
                return meta.attr("content");
            }
        }
        return null;
    }

    private static String firstText(org.jsoup.nodes.Document page, String selector) {
        Element e = page.selectFirst(selector);
        return e == null ? null : HtmlText.text(e);
    }
}
