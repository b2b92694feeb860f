package org.newskg.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.rdf.Vocab;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

/**
 * The store's evidence as W3C Web Annotations (JSON-LD): a JSON array with one annotation per
 * statement that has a sentence. Each annotation is complete on its own, {@code @context}
 * included, so that it can be posted to an annotation server as it is:
 *
 * <pre>
 * { "@context": ["http://www.w3.org/ns/anno.jsonld", {"nkg": ..., "prov": ...}],
 *   "id": "&lt;doc&gt;#annotation-&lt;hash&gt;", "type": "Annotation", "motivation": "describing",
 *   "created": "&lt;end of the extraction run&gt;",
 *   "body": { "id": "&lt;doc&gt;#statement-&lt;hash&gt;", "type": "rdf:Statement", "rdf:subject": {"id": ...}, "rdf:predicate": ..., "nkg:trigger": ... },
 *   "target": { "source": "&lt;nif:sourceUrl, or the document IRI&gt;",
 *               "selector": [ {"type": "TextQuoteSelector", "exact": "&lt;the sentence&gt;",
 *                              "prefix": "&lt;up to 32 code points&gt;", "suffix": "..."},
 *                             {"type": "TextPositionSelector", "start": b, "end": e} ] } }
 * </pre>
 *
 * Positions count Unicode code points of the document's text ({@code nif:isString}), as the
 * Web Annotation model asks. Documents are written one at a time, in IRI order; only one
 * document's annotations are held in memory. Call inside a read transaction.
 */
public final class WebAnnotations {

    /** The W3C Web Annotation JSON-LD context. */
    public static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private WebAnnotations() {
    }

    /**
     * Writes the annotations of every document graph, or of one graph, as a JSON array.
     *
     * @param dsg   a dataset laid out as the contract says (document graphs and the meta graph)
     * @param out   where to write, as UTF-8; flushed, not closed
     * @param graph the one graph to annotate, if given
     */
    public static void write(DatasetGraph dsg, OutputStream out, Optional<Node> graph) {
        Node metaName = NodeFactory.createURI(Vocab.META_GRAPH);
        Graph meta = dsg.getGraph(metaName);
        List<Node> documents = new ArrayList<>();
        if (graph.isPresent()) {
            documents.add(graph.get());
        } else {
            dsg.listGraphNodes().forEachRemaining(documents::add);
        }
        documents.removeIf(g -> g.equals(metaName) || !g.isURI());
        documents.sort(Comparator.comparing(Node::getURI));

        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(text);
        AnnotationJson writer = new AnnotationJson(json);
        json.writeStartArray();
        for (Node doc : documents) {
            new DocumentWalk(doc.getURI(), dsg.getGraph(doc), meta).annotations().forEach(writer::write);
        }
        json.writeEnd();
        json.flush();
        try {
            text.write('\n');
            text.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
