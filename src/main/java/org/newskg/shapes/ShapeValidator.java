package org.newskg.shapes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/**
 * Checks graphs against the NewsKG SHACL shapes. Thread-safe and immutable once built.
 */
public final class ShapeValidator {

    /** Classpath location of the bundled copy of {@code ontology/shapes.ttl}. */
    public static final String BUNDLED_SHAPES = "newskg/ontology/shapes.ttl";

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::focusNode)
            .thenComparing(Violation::path).thenComparing(Violation::message);

    private final Shapes shapes;

    private ShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /**
     * The validator for the shapes bundled in the jar.
     *
     * @throws IllegalStateException if they are not on the classpath
     */
    public static ShapeValidator bundled() {
        try (InputStream in = ShapeValidator.class.getClassLoader().getResourceAsStream(BUNDLED_SHAPES)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED_SHAPES + " is not on the classpath: the jar was built "
                        + "without the ontology/ folder");
            }
            return new ShapeValidator(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_SHAPES, e);
        }
    }

    /** A validator for shapes read from a Turtle (or other RDF) file. */
    public static ShapeValidator fromFile(Path shapesFile) {
        Objects.requireNonNull(shapesFile, "shapesFile");
        return new ShapeValidator(RDFParser.source(shapesFile).toGraph());
    }

    /** A validator for a graph of shapes. */
    public static ShapeValidator of(Graph shapesGraph) {
        return new ShapeValidator(Objects.requireNonNull(shapesGraph, "shapesGraph"));
    }

    /** Validates a data graph, e.g. one document's graph merged with the meta graph. */
    public ValidationOutcome validate(Graph data) {
        Objects.requireNonNull(data, "data");
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        NodeNames names = new NodeNames(data);
        List<Violation> violations = report.getEntries().stream()
                .map(e -> new Violation(names.node(e.focusNode()), names.path(e.resultPath()),
                        e.message() == null ? "violates " + e.sourceConstraintComponent() : e.message()))
                .distinct()
                .sorted(ORDER)
                .toList();
        return new ValidationOutcome(report.conforms(), violations);
    }
}
