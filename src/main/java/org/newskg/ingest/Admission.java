package org.newskg.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.newskg.model.Document;

/**
 * The checks every document passes, whatever its format: not empty, not too large, a usable date.
 * Emits one problem, or the warnings followed by the document.
 */
final class Admission {

    private final SizeLimit limit;
    private final LocalDate defaultDate;

    Admission(SizeLimit limit, LocalDate defaultDate) {
        this.limit = limit;
        this.defaultDate = defaultDate;
    }

    void admit(Candidate c, Consumer<Input> sink) {
        if (isBlank(c.text())) {
            sink.accept(new Input.Problem(c.location(), "empty: no text", false));
            return;
        }
        int nul = c.text().indexOf('\0');
        if (nul >= 0) {
            sink.accept(new Input.Problem(c.location(), "binary content, not text: a NUL character at character "
                    + c.text().codePointCount(0, nul), false));
            return;
        }
        Optional<String> tooLarge = limit.check(c.text());
        if (tooLarge.isPresent()) {
            sink.accept(new Input.Problem(c.location(), tooLarge.get(), false));
            return;
        }
        List<String> notes = new ArrayList<>(c.notes());
        LocalDate date = date(c.date(), notes);
        for (String note : notes) {
            sink.accept(new Input.Warning(c.location(), note));
        }
        String identity = c.identity() != null ? c.identity() : Identity.ofFile(c.location());
        sink.accept(new Input.Read(new Document(c.text(), title(c.title()), date, c.source()), identity));
    }

    private LocalDate date(String written, List<String> notes) {
        if (written == null || written.isBlank()) {
            return defaultDate;
        }
        Optional<LocalDate> parsed = DateParser.parse(written);
        if (parsed.isEmpty()) {
            notes.add("unrecognised date '" + oneLine(written) + "'; using "
                    + (defaultDate == null ? "none" : "the default " + defaultDate));
        }
        return parsed.orElse(defaultDate);
    }

    private static String title(String written) {
        if (written == null || isBlank(written)) {
            return null;
        }
        return written.strip();
    }

    /** True when the text has nothing but white space (no-break spaces included). */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }

    private static String oneLine(String s) {
        String line = s.strip().replaceAll("\\s+", " ");
        return line.length() <= 40 ? line : line.substring(0, 40) + "...";
    }
}
