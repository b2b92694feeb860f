package org.newskg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines feed one line at a time: one object per line, blank lines ignored. A bad
 * line is a problem located at {@code file:LINE}; the other lines are still read.
 */
final class JsonLinesReader implements FormatReader {

    /** Room on a line for fields other than the text. */
    private static final int OTHER_FIELDS_BYTES = 1 << 20;

    /** JSON may spend up to 12 bytes on one code point ("\ud83d\ude00"). */
    private static final int MAX_JSON_BYTES_PER_CODE_POINT = 12;

    private final SizeLimit limit;
    private final JsonArticles articles;
    private final ObjectReader json;
    private final int maxLineBytes;

    JsonLinesReader(SizeLimit limit, JsonArticles articles) {
        this.limit = limit;
        this.articles = articles;
        this.json = articles.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        long cap = (long) MAX_JSON_BYTES_PER_CODE_POINT * limit.maxChars() + OTHER_FIELDS_BYTES;
        this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 16, cap);
    }

    @Override
    public void read(Path file, Consumer<Input> sink) throws IOException {
        int objects = 0;
        try (LineReader lines = new LineReader(new BufferedInputStream(Files.newInputStream(file)), maxLineBytes)) {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                if (readLine(file + ":" + line.number(), file.toString(), line, sink)) {
                    objects++;
                }
            }
        }
        if (objects == 0) {
            sink.accept(new Input.Problem(file.toString(), "empty: no JSON lines", false));
        }
    }

    /** Reads one line; false when it was blank. */
    private boolean readLine(String location, String feed, LineReader.Line line, Consumer<Input> sink) {
        if (line.cut()) {
            sink.accept(new Input.Problem(location, limit.longerThan(maxLineBytes, "bytes on one line"), false));
            return true;
        }
        DecodedText decoded = DecodedText.of(line.bytes());
        if (decoded.text().isBlank()) {
            return false;
        }
        JsonNode node;
        try {
            node = json.readTree(decoded.text());
        } catch (StreamConstraintsException e) {
            sink.accept(new Input.Problem(location, articles.constraintBroken(e), false));
            return true;
        } catch (JsonProcessingException e) {
            sink.accept(new Input.Problem(location, "malformed JSON: " + JsonFileReader.firstLine(e), false));
            return true;
        }
        List<String> notes = decoded.windows1252() ? List.of(DecodedText.FALLBACK_WARNING) : List.of();
        articles.admit(node, location, feed, notes, sink);
        return true;
    }
}
