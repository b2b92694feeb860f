package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.rdf.Vocab;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code export --format events}: one CSV row (RFC 4180, UTF-8, header first) per asserted or
 * negated fact statement, the shape event-data users load into pandas or R: date, subject,
 * relation, object, the relation's CAMEO code and PLOVER type (from the bundled ontology), voice,
 * source, and the evidence sentence with its code-point offsets in the document's text.
 * Rows are sorted by document, sentence offset, relation, subject and object.
 */
final class EventsCsv {

    static final List<String> HEADER = List.of("date", "subject_label", "subject_iri", "relation", "object_label",
            "object_iri", "cameo_code", "plover_type", "negated", "hedged", "attributed_to", "document",
            "sentence_begin", "sentence_end", "evidence");

    private static final String ONTOLOGY = "newskg/ontology/newskg.ttl";

    private static final String QUERY = """
            PREFIX nkg: <https://w3id.org/newskg/ont#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            SELECT ?doc ?date ?s ?sl ?p ?o ?ol ?neg ?hedged ?al ?b ?e ?text WHERE {
              GRAPH ?doc {
                ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?sent .
                ?sent nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?text .
                OPTIONAL { ?st nkg:date ?date }
                OPTIONAL { ?st nkg:negated ?neg }
                OPTIONAL { ?st nkg:hedged ?hedged }
                OPTIONAL { ?st nkg:attributedTo ?a . OPTIONAL { ?a rdfs:label ?al } }
                OPTIONAL { ?s rdfs:label ?sl }
                OPTIONAL { ?o rdfs:label ?ol }
              }
              FILTER(COALESCE(?neg, false) || !COALESCE(?hedged, false))
            }
            ORDER BY STR(?doc) ?b STR(?p) STR(?s) STR(?o) STR(?date)
            """;

    private EventsCsv() {
    }

    static void write(DatasetGraph dsg, OutputStream out, Optional<Node> graphName) {
        DatasetGraph view = dsg;
        if (graphName.isPresent()) {
            view = DatasetGraphFactory.createGeneral();
            view.addGraph(graphName.get(), dsg.getGraph(graphName.get()));
        }
        Model ontology = ontology();
        Dataset ds = DatasetFactory.wrap(view);
        try {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            row(w, HEADER);
            try (QueryExecution qe = QueryExecution.create(QUERY, ds)) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    row(w, cells(rs.next(), ontology));
                }
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the events: " + e.getMessage(), e);
        }
    }

    private static List<String> cells(QuerySolution r, Model ontology) {
        String p = r.getResource("p").getURI();
        var property = ontology.getResource(p);
        List<String> c = new ArrayList<>();
        c.add(lex(r.get("date")));
        c.add(lex(r.get("sl")));
        c.add(uri(r.get("s")));
        c.add(p.startsWith(Vocab.NKG) ? p.substring(Vocab.NKG.length()) : p);
        c.add(lex(r.get("ol")));
        c.add(uri(r.get("o")));
        c.add(annotation(property, "cameoCode"));
        c.add(annotation(property, "ploverType"));
        c.add(Boolean.toString(bool(r.get("neg"))));
        c.add(Boolean.toString(bool(r.get("hedged"))));
        c.add(lex(r.get("al")));
        c.add(uri(r.get("doc")));
        c.add(lex(r.get("b")));
        c.add(lex(r.get("e")));
        c.add(lex(r.get("text")));
        return c;
    }

    private static String annotation(org.apache.jena.rdf.model.Resource property, String local) {
        var st = property.getProperty(Vocab.nkgP(local));
        return st == null ? "" : st.getString();
    }

    private static boolean bool(RDFNode n) {
        return n != null && n.isLiteral() && n.asLiteral().getBoolean();
    }

    private static String lex(RDFNode n) {
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String uri(RDFNode n) {
        return n == null ? "" : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static void row(BufferedWriter w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = EventsCsv.class.getClassLoader().getResourceAsStream(ONTOLOGY)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ONTOLOGY);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
