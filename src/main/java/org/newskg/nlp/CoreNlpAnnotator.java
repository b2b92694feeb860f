package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.newskg.model.Document;
import org.newskg.model.ParsedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The CoreNLP pipeline, loaded once (15-25 s, about 3 GB of heap) and shared by every
 * document annotated in this JVM. Thread-safe: CoreNLP annotators may run in parallel.
 */
public final class CoreNlpAnnotator {

    /** The models this pipeline runs, for provenance. */
    public static final String MODELS = PipelineSettings.MODELS_DESCRIPTION;

    private final StanfordCoreNLP pipeline;
    private final long loadMillis;

    private CoreNlpAnnotator(StanfordCoreNLP pipeline, long loadMillis) {
        this.pipeline = pipeline;
        this.loadMillis = loadMillis;
    }

    /** Loads the models. Call once per JVM and share the result. */
    public static CoreNlpAnnotator load() {
        long t0 = System.nanoTime();
        StanfordCoreNLP p = new StanfordCoreNLP(PipelineSettings.properties());
        return new CoreNlpAnnotator(p, (System.nanoTime() - t0) / 1_000_000);
    }

    /** How long loading the models took, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }

    /** A one-line description of the models, for provenance. */
    public String models() {
        return MODELS;
    }

    /** Annotates one document. */
    public ParsedDocument annotate(Document doc) {
        Annotation a = annotation(doc);
        pipeline.annotate(a);
        return new Translator(doc, a).translate();
    }

    /**
     * Annotates documents on several threads; {@code sink} receives each result (in completion
     * order) on a CoreNLP worker thread, so it must be thread-safe.
     */
    public void annotateAll(List<Document> docs, int threads, Consumer<ParsedDocument> sink) {
        if (threads <= 1 || docs.size() <= 1) {
            docs.forEach(d -> sink.accept(annotate(d)));
            return;
        }
        List<Annotation> annotations = new ArrayList<>(docs.size());
        java.util.IdentityHashMap<Annotation, Document> byAnnotation = new java.util.IdentityHashMap<>();
        for (Document d : docs) {
            Annotation a = annotation(d);
            annotations.add(a);
            byAnnotation.put(a, d);
        }
        pipeline.annotate(annotations, threads, a -> sink.accept(new Translator(byAnnotation.get(a), a).translate()));
    }

    private static Annotation annotation(Document doc) {
        Annotation a = new Annotation(doc.text());
        if (doc.date() != null) {
            a.set(CoreAnnotations.DocDateAnnotation.class, doc.date().toString());
        }
        return a;
    }
}
