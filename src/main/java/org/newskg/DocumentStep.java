package org.newskg;

import org.newskg.model.Extraction;
import org.newskg.model.ParsedDocument;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.GraphBuilder;
import org.newskg.store.Quarantine;

import java.util.List;

/**
 * What happens to an annotated document before it is stored: extraction, RDF, the SHACL gate.
 * Never throws for one document's sake: a failure comes back in {@link Prepared#failure()}.
 */
final class DocumentStep {

    private final NewsKg kg;
    private final GraphBuilder builder;
    private final ShapeGate gate;

    DocumentStep(NewsKg kg, GraphBuilder builder) {
        this.kg = kg;
        this.builder = builder;
        this.gate = new ShapeGate(kg);
    }

    /**
     * A document ready to store, or why it is not.
     *
     * @param held statements held back for the quarantine graph
     */
    record Prepared(Extraction extraction, DocumentGraphs graphs, List<Quarantine.Record> held, int tokens,
                    String failure, Throwable cause) {

        static Prepared failed(String why, Throwable cause) {
            return new Prepared(null, null, List.of(), 0, why, cause);
        }
    }

    Prepared prepare(ParsedDocument parsed) {
        Extraction x;
        DocumentGraphs g;
        try {
            x = kg.extract(parsed);
            g = builder.build(x);
        } catch (RuntimeException e) {
            return Prepared.failed("extraction failed: " + describe(e), e);
        } catch (StackOverflowError e) {
            return Prepared.failed("extraction failed: too deeply nested (stack overflow)", e);
        }
        ShapeGate.Outcome checked;
        try {
            checked = gate.check(g);
        } catch (RuntimeException e) {
            return Prepared.failed("validation failed: " + describe(e), e);
        }
        if (checked.failure() != null) {
            return Prepared.failed(checked.failure(), null);
        }
        return new Prepared(x, checked.graphs(), checked.held(), parsed.tokenCount(), null, null);
    }

    /** One line: the exception's message, else its class, and where it was thrown. */
    static String describe(Throwable e) {
        String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").trim();
        String what = m.isEmpty() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? what : what + " (at " + trace[0].getClassName().replaceAll(".*\\.", "") + "."
                + trace[0].getMethodName() + ":" + trace[0].getLineNumber() + ")";
    }
}
