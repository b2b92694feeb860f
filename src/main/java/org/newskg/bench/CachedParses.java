package org.newskg.bench;

import org.newskg.NewsKgException;
import org.newskg.ingest.DocumentSource;
import org.newskg.ingest.Input;
import org.newskg.model.Document;
import org.newskg.model.Options;
import org.newskg.model.ParsedDocument;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.CoreNlpAnnotator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The annotated documents under some paths, from an annotation cache; the ones it lacks are
 * annotated once with CoreNLP (the models load only then) and added to it.
 */
public final class CachedParses {

    private CachedParses() {
    }

    /**
     * @param notes receives one line saying where the annotations came from
     */
    public static List<ParsedDocument> read(List<Path> paths, Path cacheDir, Consumer<String> notes) {
        List<Document> docs = new ArrayList<>();
        new DocumentSource(Options.DEFAULT_MAX_CHARS, null).read(paths, in -> {
            if (in instanceof Input.Read r) {
                docs.add(r.document());
            }
        });
        if (docs.isEmpty()) {
            throw new NewsKgException("nothing to measure: no readable document in " + paths);
        }
        AnnotationCache cache = new AnnotationCache(cacheDir);
        List<ParsedDocument> out = new ArrayList<>();
        List<Document> misses = new ArrayList<>();
        for (Document d : docs) {
            Optional<ParsedDocument> hit = cache.get(d);
            hit.ifPresentOrElse(out::add, () -> misses.add(d));
        }
        if (!misses.isEmpty()) {
            CoreNlpAnnotator nlp = CoreNlpAnnotator.load();
            for (Document d : misses) {
                ParsedDocument p = nlp.annotate(d);
                cache.put(p);
                out.add(p);
            }
        }
        notes.accept(docs.size() + " documents, " + (docs.size() - misses.size()) + " from the annotation cache "
                + cacheDir + ", " + misses.size() + " annotated now");
        return out;
    }
}
