package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.newskg.model.Document;
import org.newskg.model.ParsedDocument;

/**
 * The CoreNLP pipeline, loaded once (15-25 s, about 3 GB of heap) and shared by every
 * document annotated in this JVM. Thread-safe.
 *
 * <p>Tokenisation to coreference run on one shared pipeline, several documents at once. CoreNLP's
 * quote annotator runs after it, one document at a time: its speaker attribution keeps the
 * current document's list of characters in a field of the shared annotator
 * ({@code QuoteAttributionAnnotator.characterMap}, rebuilt at the start of each document), so two
 * documents annotated at once read each other's names. That was a NullPointerException in
 * {@code DeterministicSpeakerSieve} when a mention was missing from the other document's map,
 * and speakers that came and went between runs when it was not. The quote step is about 2% of a
 * document's annotation time, so holding it to one document at a time costs little; a quote
 * annotator per thread would cost a second dependency-parser model per thread.
 */
public final class CoreNlpAnnotator implements Annotator {

    /** The models this pipeline runs, for provenance. */
    public static final String MODELS = PipelineSettings.MODELS_DESCRIPTION;

    private final StanfordCoreNLP pipeline;
    private final QuoteAnnotator quotes;
    private final Object quoteLock = new Object();
    private final long loadMillis;

    private CoreNlpAnnotator(StanfordCoreNLP pipeline, QuoteAnnotator quotes, long loadMillis) {
        this.pipeline = pipeline;
        this.quotes = quotes;
        this.loadMillis = loadMillis;
    }

    /** Loads the models. Call once per JVM and share the result. */
    public static CoreNlpAnnotator load() {
        long t0 = System.nanoTime();
        StanfordCoreNLP p = new StanfordCoreNLP(PipelineSettings.sharedPipelineProperties());
        QuoteAnnotator q = new QuoteAnnotator(PipelineSettings.QUOTE, PipelineSettings.properties());
        return new CoreNlpAnnotator(p, q, (System.nanoTime() - t0) / 1_000_000);
    }

    /** How long loading the models took, in milliseconds. */
    @Override
    public long loadMillis() {
        return loadMillis;
    }

    /** A one-line description of the models, for provenance. */
    @Override
    public String models() {
        return MODELS;
    }

    /** Annotates one document; safe to call from several threads at once. */
    @Override
    public ParsedDocument annotate(Document doc) {
        Annotation a = annotation(doc);
        pipeline.annotate(a);
        synchronized (quoteLock) {
            quotes.annotate(a);
        }
        return new Translator(doc, a).translate();
    }

    private static Annotation annotation(Document doc) {
        Annotation a = new Annotation(doc.text());
        if (doc.date() != null) {
            a.set(CoreAnnotations.DocDateAnnotation.class, doc.date().toString());
        }
        return a;
    }
}
