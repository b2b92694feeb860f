package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Reads a plain text or Markdown file with an optional header (see {@link TextHeader}). */
final class TextFileReader implements FormatReader {

    private final boolean markdown;
    private final SizeLimit limit;
    private final Admission admission;

    TextFileReader(boolean markdown, SizeLimit limit, Admission admission) {
        this.markdown = markdown;
        this.limit = limit;
        this.admission = admission;
    }

    @Override
    public void read(Path file, Consumer<Input> sink) throws IOException {
        String location = file.toString();
        long size = Files.size(file);
        if (limit.fileCertainlyTooLarge(size)) {
            sink.accept(new Input.Problem(location, limit.fileTooLarge(size), false));
            return;
        }
        DecodedText decoded = DecodedText.of(Files.readAllBytes(file));
        TextHeader header = TextHeader.parse(decoded.text(), markdown);
        List<String> notes = decoded.windows1252() ? List.of(DecodedText.FALLBACK_WARNING) : List.of();
        String source = header.source() != null ? header.source() : location;
        admission.admit(new Candidate(location, header.body(), header.title(), header.date(), source, notes), sink);
    }
}
