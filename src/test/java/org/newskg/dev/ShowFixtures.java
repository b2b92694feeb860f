package org.newskg.dev;

import org.newskg.extract.Extractor;
import org.newskg.extract.FactLines;
import org.newskg.extract.ParseFixtures;
import org.newskg.model.Extraction;

import java.nio.file.Files;
import java.util.stream.Stream;

/** Developer tool (test scope): what extraction makes of every committed parse fixture, no CoreNLP. */
public final class ShowFixtures {
    public static void main(String[] args) throws Exception {
        Extractor ex = Extractor.standard();
        try (Stream<java.nio.file.Path> s = Files.list(ParseFixtures.DIR)) {
            for (var p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString().replace(".txt", "");
                if (args.length > 0 && !java.util.List.of(args).contains(name)) {
                    continue;
                }
                System.out.println("## " + name + ": " + ParseFixtures.document(p).text().strip());
                try {
                    Extraction x = ex.extract(ParseFixtures.parsed(name));
                    x.entities().forEach(e -> System.out.println("   E " + e.type() + " " + e.label()));
                    FactLines.of(x).forEach(l -> System.out.println("   F " + l));
                    FactLines.quotes(x).forEach(l -> System.out.println("   Q " + l));
                } catch (RuntimeException e) {
                    System.out.println("   ERROR " + e);
                }
            }
        }
    }
}
