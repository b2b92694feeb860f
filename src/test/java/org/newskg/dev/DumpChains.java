package org.newskg.dev;

import org.newskg.model.CorefChain;
import org.newskg.model.CorefMention;
import org.newskg.model.Document;
import org.newskg.nlp.AnnotationCache;

import java.nio.file.Path;
import java.util.stream.Collectors;

/** Developer tool (test scope, not a test): prints the cached coreference chains of documents. Args: CACHE FILE... */
public final class DumpChains {
    public static void main(String[] args) throws Exception {
        AnnotationCache cache = new AnnotationCache(Path.of(args[0]));
        for (Document d : DumpCached.documents(args, 1)) {
            var p = cache.get(d).orElse(null);
            if (p == null) {
                continue;
            }
            System.out.println("## " + d.source());
            for (CorefChain c : p.chains()) {
                System.out.println("  " + c.mentions().stream().map(DumpChains::show).collect(Collectors.joining(" | ")));
            }
        }
    }

    private static String show(CorefMention m) {
        return m.text() + "@" + m.sentence() + ":" + m.headToken() + "/" + m.kind().charAt(0);
    }
}
