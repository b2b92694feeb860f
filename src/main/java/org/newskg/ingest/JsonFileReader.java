package org.newskg.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a JSON file holding one article object or an array of them, streaming the array so that
 * only one element is in memory at a time. Array elements are located as {@code file#INDEX}
 * (from 0), a lone object as the file.
 * Malformed JSON ends the file with a problem at {@code file:LINE}, after what came before it.
 */
final class JsonFileReader implements FormatReader {

    private final SizeLimit limit;
    private final JsonArticles articles;

    JsonFileReader(SizeLimit limit, JsonArticles articles) {
        this.limit = limit;
        this.articles = articles;
    }

    @Override
    public void read(Path file, Consumer<Input> sink) throws IOException {
        try (JsonParser parser = articles.mapper().createParser(new BufferedInputStream(Files.newInputStream(file)))) {
            readRoot(file, parser, sink);
        } catch (StreamConstraintsException e) {
            sink.accept(new Input.Problem(at(file, e.getLocation()), articles.constraintBroken(e), false));
        } catch (JsonProcessingException e) {
            sink.accept(new Input.Problem(at(file, e.getLocation()), "malformed JSON: " + firstLine(e), false));
        }
    }

    private void readRoot(Path file, JsonParser parser, Consumer<Input> sink) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            sink.accept(new Input.Problem(file.toString(), "empty: no JSON value", false));
            return;
        }
        if (first == JsonToken.START_ARRAY) {
            readArray(file, parser, sink);
        } else if (first == JsonToken.START_OBJECT) {
            articles.admit(articles.mapper().readTree(parser), file.toString(), null, List.of(), sink);
        } else {
            sink.accept(new Input.Problem(file.toString(), "not a JSON object or array", false));
            return;
        }
        if (parser.nextToken() != null) {
            sink.accept(new Input.Problem(at(file, parser.currentLocation()),
                    "malformed JSON: content after the end of the top-level value", false));
        }
    }

    private void readArray(Path file, JsonParser parser, Consumer<Input> sink) throws IOException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                throw new JsonParseException(parser, "unexpected end of file in array");
            }
            articles.admit(articles.mapper().readTree(parser), file + "#" + index, file.toString(), List.of(), sink);
            index++;
        }
        if (index == 0) {
            sink.accept(new Input.Problem(file.toString(), "empty: no JSON objects in the array", false));
        }
    }

    private static String at(Path file, JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? file.toString() : file + ":" + location.getLineNr();
    }

    /** The first line of a Jackson message, without its source excerpt. */
    static String firstLine(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
