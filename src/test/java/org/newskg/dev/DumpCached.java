package org.newskg.dev;

import org.newskg.ingest.DocumentSource;
import org.newskg.ingest.Input;
import org.newskg.model.Document;
import org.newskg.nlp.AnnotationCache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Developer tool (test scope): prints the cached parse of the sentences matching a pattern. Args: CACHE REGEX FILE... */
public final class DumpCached {
    /** The documents of the files or folders named by args[from...], as an ingest reads them. */
    public static List<Document> documents(String[] args, int from) {
        List<Path> paths = new ArrayList<>();
        for (int i = from; i < args.length; i++) paths.add(Path.of(args[i]));
        List<Document> docs = new ArrayList<>();
        new DocumentSource(2_000_000, null).read(paths, in -> {
            if (in instanceof Input.Read r) docs.add(r.document());
        });
        return docs;
    }

    public static void main(String[] args) throws Exception {
        AnnotationCache cache = new AnnotationCache(Path.of(args[0]));
        Pattern pat = Pattern.compile(args[1]);
        for (Document d : documents(args, 2)) {
            var p = cache.get(d).orElse(null);
            if (p == null) continue;
            for (var s : p.sentences()) {
                String text = d.slice(s.begin(), s.end());
                if (!pat.matcher(text).find()) continue;
                System.out.println("S" + s.index() + " " + text);
                StringBuilder sb = new StringBuilder("  ");
                for (var t : s.tokens()) sb.append(t.index()).append(':').append(t.word()).append('/').append(t.pos()).append('/').append(t.ner()).append(' ');
                System.out.println(sb);
                for (var dep : s.dependencies()) System.out.println("    " + dep.relation() + "(" + (dep.governor() < 0 ? "ROOT" : s.tokens().get(dep.governor()).word() + "-" + dep.governor()) + ", " + s.tokens().get(dep.dependent()).word() + "-" + dep.dependent() + ")");
            }
        }
    }
}
