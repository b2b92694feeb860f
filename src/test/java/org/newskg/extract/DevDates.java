package org.newskg.extract;

import org.newskg.extract.time.TimeResolver;
import org.newskg.ingest.DocumentSource;
import org.newskg.ingest.Input;
import org.newskg.model.Document;
import org.newskg.model.ParsedDocument;
import org.newskg.nlp.AnnotationCache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Developer tool (test scope, not a test): prints, for each cached document, every sentence with the
 * narrative date TimeResolver gives it and the date of each time expression. Args: CACHE FILE...
 */
public final class DevDates {
    public static void main(String[] args) throws Exception {
        AnnotationCache cache = new AnnotationCache(Path.of(args[0]));
        List<Path> paths = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            paths.add(Path.of(args[i]));
        }
        List<Document> docs = new ArrayList<>();
        new DocumentSource(2_000_000, null).read(paths, in -> {
            if (in instanceof Input.Read r) {
                docs.add(r.document());
            }
        });
        for (Document d : docs) {
            ParsedDocument p = cache.get(d).orElse(null);
            if (p == null) {
                continue;
            }
            List<int[]> spans = p.quotes().stream().map(q -> new int[]{q.begin(), q.end()}).toList();
            TimeResolver time = new TimeResolver(p, TimeResolver.dateInTitle(d.title()), spans);
            System.out.println("## " + d.source() + " published=" + d.date() + " title=" + d.title());
            for (var s : p.sentences()) {
                StringBuilder times = new StringBuilder();
                for (var t : time.timesIn(s.index())) {
                    times.append(" [").append(t.text()).append("=").append(t.value()).append("->").append(time.dateOf(t)).append("]");
                }
                String text = d.slice(s.begin(), s.end()).replace('\n', ' ');
                System.out.println("S" + s.index() + "\t" + time.sentenceDate(s.index()) + "\t" + text + "\t" + times);
            }
        }
    }
}
