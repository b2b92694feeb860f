package org.newskg.dev;

import org.newskg.extract.ParseFixtures;
import org.newskg.model.Document;
import org.newskg.model.ParsedDocument;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.CoreNlpAnnotator;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Developer tool (test scope): writes the committed parse fixtures the fast rule tests read. For
 * every {@code src/test/resources/parses/NAME.txt} without a {@code NAME.json} (all of them with
 * {@code --all}), runs the real CoreNLP pipeline and writes its annotation in the annotation
 * cache's JSON format. Review the parses (DumpParse prints them) before committing.
 */
public final class WriteParseFixtures {
    public static void main(String[] args) throws Exception {
        boolean all = List.of(args).contains("--all");
        List<Path> texts;
        try (Stream<Path> s = Files.list(ParseFixtures.DIR)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .filter(p -> all || !Files.exists(ParseFixtures.jsonOf(p))).toList();
        }
        if (texts.isEmpty()) {
            System.out.println("nothing to write");
            return;
        }
        CoreNlpAnnotator nlp = CoreNlpAnnotator.load();
        for (Path t : texts) {
            Document doc = ParseFixtures.document(t);
            ParsedDocument parsed = nlp.annotate(doc);
            try (OutputStream out = Files.newOutputStream(ParseFixtures.jsonOf(t))) {
                AnnotationCache.toJson(parsed, out);
            }
            System.out.println("wrote " + ParseFixtures.jsonOf(t) + " (" + parsed.tokenCount() + " tokens)");
        }
    }
}
