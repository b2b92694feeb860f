package org.newskg.nlp;

import org.newskg.model.Document;
import org.newskg.model.ParsedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Turns a document into its annotation. {@link CoreNlpAnnotator} is the real one; tests may
 * give a small fake (one that throws on a chosen document, say). Implementations are
 * thread-safe: several documents are annotated at once.
 */
public interface Annotator {

    /** Annotates one document; may be called from several threads at once. */
    ParsedDocument annotate(Document doc);

    /** A one-line description of the models, for provenance. */
    default String models() {
        return CoreNlpAnnotator.MODELS;
    }

    /** How long loading the models took, in milliseconds. */
    default long loadMillis() {
        return 0;
    }

    /**
     * Annotates documents on several threads; {@code sink} receives each result (in completion
     * order) on a worker thread, so it must be thread-safe. The first failure is rethrown once
     * every document has been tried.
     */
    default void annotateAll(List<Document> docs, int threads, Consumer<ParsedDocument> sink) {
        if (threads <= 1 || docs.size() <= 1) {
            docs.forEach(d -> sink.accept(annotate(d)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, docs.size()), NlpThreads.factory());
        try {
            List<Future<?>> work = new ArrayList<>();
            for (Document d : docs) {
                work.add(pool.submit(() -> sink.accept(annotate(d))));
            }
            RuntimeException first = null;
            for (Future<?> f : work) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while annotating", e);
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
