package org.newskg;

import org.newskg.model.Document;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.GraphBuilder;
import org.newskg.store.Quarantine;

import java.util.List;

/**
 * Ingest's per-document step for one document at a time, without a store: annotation (through
 * the cache when there is one), extraction, RDF and the SHACL gate, exactly as {@code ingest} runs
 * them, and like ingest a document that fails is tried once more on its own before its failure
 * counts. For programs that store elsewhere or later: the Spark job.
 */
public final class DocumentExtraction {

    private final NewsKg kg;
    private final DocumentStep step;

    /** Extraction for one run: every graph names this run. */
    public DocumentExtraction(NewsKg kg, String runIri) {
        this.kg = kg;
        this.step = new DocumentStep(kg, new GraphBuilder(runIri));
    }

    /**
     * What one document gave.
     *
     * @param graphs  its graph and metadata as ingest would store them, or null when it failed
     * @param held    what the SHACL gate held back, for the quarantine graph
     * @param tokens  tokens annotated
     * @param failure why it cannot be stored (ingest's reason), or null
     */
    public record Result(DocumentGraphs graphs, List<Quarantine.Record> held, int tokens, String failure) {
    }

    /** Never throws for the document's sake; thread-safe. */
    public Result extract(Document doc) {
        Result first = once(doc);
        return first.failure() == null ? first : once(doc);
    }

    private Result once(Document doc) {
        DocumentStep.Prepared p;
        try {
            p = step.prepare(kg.annotateForIngest(doc).parsed());
        } catch (RuntimeException e) {
            return new Result(null, List.of(), 0, "annotation failed: " + DocumentStep.describe(e));
        }
        if (p.failure() != null) {
            return new Result(null, List.of(), 0, p.failure());
        }
        return new Result(p.graphs(), p.held(), p.tokens(), null);
    }
}
