package org.newskg.extract;

import org.newskg.ingest.DocumentSource;
import org.newskg.ingest.Input;
import org.newskg.model.Document;
import org.newskg.model.ParsedDocument;
import org.newskg.nlp.AnnotationCache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Committed parses for the fast rule tests: {@code src/test/resources/parses/NAME.txt} is a small
 * article (Title/Date header, then the text) and {@code NAME.json} what the real CoreNLP pipeline
 * made of it, in the annotation cache's JSON format (written by the dev tool
 * {@code org.newskg.dev.WriteParseFixtures}). Reading them needs no CoreNLP.
 */
public final class ParseFixtures {

    public static final Path DIR = Path.of("src/test/resources/parses");

    private ParseFixtures() {
    }

    /** The JSON parse that belongs to a fixture's text file. */
    public static Path jsonOf(Path txt) {
        String n = txt.getFileName().toString();
        return txt.resolveSibling(n.substring(0, n.length() - ".txt".length()) + ".json");
    }

    /** The document of a fixture's text file, read as ingestion reads it. */
    public static Document document(Path txt) {
        List<Document> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new DocumentSource(100_000, null).read(List.of(txt), in -> {
            if (in instanceof Input.Read r) {
                docs.add(r.document());
            } else if (in instanceof Input.Problem p) {
                problems.add(p.location() + ": " + p.reason());
            }
        });
        if (docs.size() != 1) {
            throw new IllegalStateException("fixture " + txt + " gives " + docs.size() + " documents " + problems);
        }
        return docs.get(0);
    }

    /** The committed parse of the fixture {@code NAME}. */
    public static ParsedDocument parsed(String name) {
        Path txt = DIR.resolve(name + ".txt");
        Document doc = document(txt);
        try (InputStream in = Files.newInputStream(jsonOf(txt))) {
            return AnnotationCache.fromJson(in, doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the parse of fixture " + name, e);
        }
    }
}
