package org.newskg.annotate;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.newskg.rdf.Vocab;

import jakarta.json.stream.JsonGenerator;

/**
 * Writes annotations as JSON-LD in the shape of the W3C Web Annotation Data Model's examples:
 * the context {@value WebAnnotations#ANNO_CONTEXT} (plus the prefixes nkg and prov), its short terms
 * ({@code id}, {@code type}, {@code body}, {@code target}, {@code selector}, ...), offsets as JSON
 * numbers. The body's properties are written as compact IRIs, its values as node references or
 * JSON-LD value objects, so that the body reads back as the statement's triples. The body has an
 * {@code id}, which makes it an External Web Resource in the model's terms (W3C test
 * {@code 3.2-bodyObjectsRecognized}).
 */
final class AnnotationJson {

    /** Prefixes the W3C context already declares. */
    private static final Map<String, String> ANNO_PREFIXES = Map.of(
            "rdf", RDF.getURI(), "rdfs", RDFS.getURI(), "xsd", XSD.NS, "dcterms", Vocab.DCTERMS,
            "skos", Vocab.SKOS, "oa", Vocab.OA);
    /** Prefixes added by the export's second context. */
    static final Map<String, String> OWN_PREFIXES = own();
    /** rdf:type, rdf:subject, rdf:predicate, rdf:object first, then the other properties by IRI. */
    private static final Comparator<Node> BODY_ORDER = Comparator
            .comparingInt((Node p) -> {
                int rank = List.of(RDF.type.asNode(), RDF.subject.asNode(), RDF.predicate.asNode(),
                        RDF.object.asNode()).indexOf(p);
                return rank < 0 ? Integer.MAX_VALUE : rank;
            })
            .thenComparing(Node::getURI);
    private static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]*");

    private final JsonGenerator json;

    AnnotationJson(JsonGenerator json) {
        this.json = json;
    }

    private static Map<String, String> own() {
        Map<String, String> own = new LinkedHashMap<>();
        own.put("nkg", Vocab.NKG);
        own.put("prov", Vocab.PROV);
        return Collections.unmodifiableMap(own);
    }

    /** Writes one annotation as a JSON object with its own {@code @context}. */
    void write(Annotation a) {
        json.writeStartObject();
        context();
        json.write("id", a.id());
        json.write("type", "Annotation");
        json.write("motivation", "describing");
        a.created().ifPresent(c -> json.write("created", c));
        json.writeStartObject("body");
        json.write("id", a.bodyId());
        a.body().entrySet().stream().sorted(Map.Entry.comparingByKey(BODY_ORDER))
                .forEach(e -> property(e.getKey(), e.getValue()));
        json.writeEnd();
        if (a.targets().size() == 1) {
            json.writeKey("target");
            target(a.targets().get(0));
        } else {
            json.writeStartArray("target");
            a.targets().forEach(this::target);
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void context() {
        json.writeStartArray("@context");
        json.write(WebAnnotations.ANNO_CONTEXT);
        json.writeStartObject();
        OWN_PREFIXES.forEach(json::write);
        json.writeEnd();
        json.writeEnd();
    }

    private void target(Target t) {
        json.writeStartObject();
        json.write("source", t.source());
        json.writeStartArray("selector");
        json.writeStartObject();
        json.write("type", "TextQuoteSelector");
        json.write("exact", t.exact());
        if (!t.prefix().isEmpty()) {
            json.write("prefix", t.prefix());
        }
        if (!t.suffix().isEmpty()) {
            json.write("suffix", t.suffix());
        }
        json.writeEnd();
        t.position().ifPresent(p -> {
            json.writeStartObject();
            json.write("type", "TextPositionSelector");
            json.write("start", p.start());
            json.write("end", p.end());
            json.writeEnd();
        });
        json.writeEnd();
        json.writeEnd();
    }

    private void property(Node predicate, List<Node> values) {
        boolean type = predicate.equals(RDF.type.asNode()) && values.stream().allMatch(Node::isURI);
        String key = type ? "type" : compact(predicate.getURI());
        if (values.size() == 1) {
            json.writeKey(key);
            value(values.get(0), type);
        } else {
            json.writeStartArray(key);
            values.forEach(v -> value(v, type));
            json.writeEnd();
        }
    }

    /** A value after its key (or in an array): a class name, a node reference or a literal. */
    private void value(Node v, boolean typeValue) {
        if (typeValue) {
            json.write(compact(v.getURI()));
        } else if (v.isURI()) {
            json.writeStartObject().write("id", v.getURI()).writeEnd();
        } else {
            literal(v);
        }
    }

    private void literal(Node v) {
        String lexical = v.getLiteralLexicalForm();
        String language = v.getLiteralLanguage();
        String datatype = v.getLiteralDatatypeURI();
        if (language != null && !language.isEmpty()) {
            json.writeStartObject().write("@value", lexical).write("@language", language).writeEnd();
        } else if (XSDDatatype.XSDstring.getURI().equals(datatype)) {
            json.write(lexical);
        } else if (XSDDatatype.XSDboolean.getURI().equals(datatype) && (lexical.equals("true") || lexical.equals("false"))) {
            json.write(Boolean.parseBoolean(lexical));
        } else {
            json.writeStartObject().write("@value", lexical).write("@type", compact(datatype)).writeEnd();
        }
    }

    /** {@code prefix:local} when a known prefix covers the IRI with a plain local name, else the IRI. */
    static String compact(String iri) {
        for (Map<String, String> prefixes : List.of(OWN_PREFIXES, ANNO_PREFIXES)) {
            for (Map.Entry<String, String> p : prefixes.entrySet()) {
                if (iri.startsWith(p.getValue()) && LOCAL_NAME.matcher(iri.substring(p.getValue().length())).matches()) {
                    return p.getKey() + ":" + iri.substring(p.getValue().length());
                }
            }
        }
        return iri;
    }
}
