package org.newskg;

import org.newskg.extract.Extractor;
import org.newskg.extract.Lexicon;
import org.newskg.ingest.DocumentSource;
import org.newskg.model.Document;
import org.newskg.model.Extraction;
import org.newskg.model.Options;
import org.newskg.model.ParsedDocument;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.Annotator;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.query.SparqlRunner;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.GraphBuilder;
import org.newskg.rdf.RunInfo;
import org.newskg.serve.ServerSettings;
import org.newskg.serve.SparqlServer;
import org.newskg.store.KgStore;
import org.newskg.shapes.ShapeValidator;
import org.newskg.shapes.ValidationOutcome;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.rdf.Vocab;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * NewsKG's one entry point: read articles, extract facts, store them, query, export and serve.
 * The NLP models load on first use (once) and the store opens on first use; close it when done.
 */
public final class NewsKg implements AutoCloseable {

    private final Options options;
    private final Extractor extractor;
    private final Supplier<? extends Annotator> annotatorSource;
    private final ShapeValidator validator = ShapeValidator.bundled();
    private Annotator annotator;
    private KgStore store;

    private NewsKg(Options options, Extractor extractor, Supplier<? extends Annotator> annotatorSource) {
        this.options = options;
        this.extractor = extractor;
        this.annotatorSource = annotatorSource;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** NewsKG's version, from the jar's manifest. */
    public static String version() {
        String v = NewsKg.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }

    public Options options() {
        return options;
    }

    /** Reads, extracts and stores every document under the given paths. */
    public IngestReport ingest(List<Path> paths, IngestListener listener) {
        DocumentSource source = new DocumentSource(options.maxChars(), options.defaultDate());
        try (Ingestion run = new Ingestion(this, writableStore(), listener)) {
            source.read(paths, run::accept);
            return run.finish();
        }
    }

    /**
     * Loads N-Quads written by {@code spark-extract} (or an N-Quads export) into the store: Jena's
     * bulk loader when the store is empty, one transaction per document otherwise, skipping
     * documents already stored by content hash; then the store-level steps.
     */
    public LoadReport load(List<Path> inputs, IngestListener listener) {
        return new Loading(this, writableStore(), listener).run(inputs);
    }

    /** The annotation of one document: from the cache when it has it, else from CoreNLP. */
    ParsedDocument annotate(Document doc) {
        Optional<AnnotationCache> cache = cache();
        Optional<ParsedDocument> hit = cache.flatMap(c -> c.get(doc));
        if (hit.isPresent()) {
            return hit.get();
        }
        ParsedDocument parsed = annotator().annotate(doc);
        cache.ifPresent(c -> c.put(parsed));
        return parsed;
    }

    /** An annotation, and whether it came from the cache. */
    record Annotated(ParsedDocument parsed, boolean cached) {
    }

    /** As {@link #annotate(Document)}, saying whether CoreNLP ran; thread-safe. */
    Annotated annotateForIngest(Document doc) {
        Optional<AnnotationCache> cache = cache();
        Optional<ParsedDocument> hit = cache.flatMap(c -> c.get(doc));
        if (hit.isPresent()) {
            return new Annotated(hit.get(), true);
        }
        ParsedDocument parsed = annotator().annotate(doc);
        cache.ifPresent(c -> c.put(parsed));
        return new Annotated(parsed, false);
    }

    /** Whether the NLP models are loaded. */
    synchronized boolean annotatorLoaded() {
        return annotator != null;
    }

    private Optional<AnnotationCache> cache() {
        return Optional.ofNullable(options.cacheDir()).map(AnnotationCache::new);
    }

    /** Extraction of one document, without storing it: a pure function of its text and date. */
    public Extraction extract(Document doc) {
        return extractor.extract(annotate(doc));
    }

    /** Extraction of an annotated document. */
    public Extraction extract(ParsedDocument parsed) {
        return extractor.extract(parsed);
    }

    /** The RDF of one document, without storing it. */
    public DocumentGraphs extractGraphs(Document doc, RunInfo run) {
        return new GraphBuilder(run.iri()).build(extract(doc));
    }

    /**
     * Reads one file, extracts it without storing, and writes its graph and metadata as TriG
     * ("trig") or N-Quads ("nq").
     */
    public void extractFile(Path file, String format, OutputStream out) {
        new OneFileExtraction(this).write(file, format, out);
    }

    /** A run record naming this software and its models. */
    public RunInfo newRun() {
        return RunInfo.start(version(), modelsDescription());
    }

    String modelsDescription() {
        return CoreNlpAnnotator.MODELS;
    }

    /** Checks one document's graph and metadata against the contract's SHACL shapes. */
    public ValidationOutcome validate(DocumentGraphs g) {
        Graph both = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(both, g.graph());
        GraphUtil.addInto(both, g.meta());
        return validator.validate(both);
    }

    /** Checks the whole store (the union of its graphs) against the shapes. */
    public ValidationOutcome validateStore() {
        KgStore s = store();
        return Txn.calculateRead(s.datasetGraph(), () -> validator.validate(s.datasetGraph().getUnionGraph()));
    }

    /**
     * The store, opened on first use. Only ingest creates a store: here a folder without one is
     * refused ({@link org.newskg.store.StoreException} "no NewsKG store at DIR ..."), so that a
     * mistyped {@code --store} never answers from an empty store.
     */
    public synchronized KgStore store() {
        if (store == null) {
            store = KgStore.openExisting(options.store());
        }
        return store;
    }

    /** The store, created when the folder holds none (ingest, bench). */
    public synchronized KgStore writableStore() {
        if (store == null) {
            store = KgStore.open(options.store());
        }
        return store;
    }

    /** The NLP pipeline, loaded on first use. */
    public synchronized Annotator annotator() {
        if (annotator == null) {
            annotator = annotatorSource.get();
        }
        return annotator;
    }

    /** Runs a SPARQL query against the union of document graphs and writes the results. */
    public void query(String sparql, String format, OutputStream out, long timeoutMillis) {
        new SparqlRunner(timeoutMillis).run(store(), sparql, format, out);
    }

    /** Writes the store (or one graph) in an RDF format. */
    public void export(OutputStream out, String format, Optional<String> graph) {
        store().export(out, format, graph);
    }

    /** Starts the SPARQL endpoint and page over the store. */
    public SparqlServer serve(ServerSettings settings) {
        return SparqlServer.start(store(), settings);
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    /** Builds a {@link NewsKg}. */
    public static final class Builder {

        private Options options = Options.defaults();
        private Supplier<? extends Annotator> annotator = CoreNlpAnnotator::load;

        public Builder options(Options o) {
            this.options = o;
            return this;
        }

        /** Changes the options set so far. */
        public Builder update(java.util.function.UnaryOperator<Options> change) {
            options = change.apply(options);
            return this;
        }

        public Builder store(Path dir) {
            options = options.withStore(dir);
            return this;
        }

        public Builder threads(int n) {
            options = options.withThreads(Math.max(1, n));
            return this;
        }

        public Builder cache(Path dir) {
            options = options.withCacheDir(dir);
            return this;
        }

        public Builder lexicon(Path file) {
            options = options.withLexicon(file);
            return this;
        }

        /** Shares an already loaded pipeline (tests, servers): the models load once per JVM. */
        public Builder annotator(Annotator loaded) {
            this.annotator = () -> loaded;
            return this;
        }

        public NewsKg build() {
            Lexicon lex = options.lexicon() == null ? Lexicon.bundled() : Lexicon.fromFile(options.lexicon(),
                    java.util.stream.Stream.concat(Vocab.RELATIONS.stream(), Vocab.TIER2_RELATIONS.stream()).toList());
            return new NewsKg(options, new Extractor(lex), annotator);
        }
    }
}
