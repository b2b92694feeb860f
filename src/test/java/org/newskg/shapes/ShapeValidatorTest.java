package org.newskg.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.Vocab;

class ShapeValidatorTest {

    private static final String DOC_A = "https://w3id.org/newskg/doc/9318df8e905de8ebdc0fcacd66758d0f1708aadddf7fa39f0de55feac0a6484c";
    private static final String DOC_B = "https://w3id.org/newskg/doc/90dda43ef8babefa7fc7f05335e766dd34400c96d3299bafd02f311939199b20";

    private static ShapeValidator validator;

    @BeforeAll
    static void shapes() {
        validator = ShapeValidator.bundled();
    }

    private static DatasetGraph fixture() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = ShapeValidatorTest.class.getClassLoader()
                .getResourceAsStream("fixtures/small-store.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dsg;
    }

    /** One document's graph merged with the meta graph, as the store validates before commit. */
    private static Graph documentWithMeta(DatasetGraph dsg, String doc) {
        Graph merged = GraphFactory.createDefaultGraph();
        Node meta = NodeFactory.createURI(Vocab.META_GRAPH);
        dsg.getGraph(NodeFactory.createURI(doc)).find().forEach(merged::add);
        dsg.getGraph(meta).find().forEach(merged::add);
        return merged;
    }

    @Test
    void eachDocumentWithMetaConforms() {
        DatasetGraph dsg = fixture();
        for (String doc : List.of(DOC_A, DOC_B)) {
            Graph data = documentWithMeta(dsg, doc);
            assertTrue(data.size() > 50, "fixture graph " + doc + " is loaded");
            ValidationOutcome outcome = validator.validate(data);
            assertEquals("", outcome.toText(), doc);
            assertTrue(outcome.conforms());
            assertTrue(outcome.violations().isEmpty());
        }
    }

    @Test
    void unionOfTheWholeStoreConforms() {
        ValidationOutcome outcome = validator.validate(fixture().getUnionGraph());
        assertEquals("", outcome.toText());
        assertTrue(outcome.conforms());
    }

    @Test
    void shapesFileInTheWorktreeIsTheBundledOne() {
        Graph data = documentWithMeta(fixture(), DOC_A);
        assertTrue(ShapeValidator.fromFile(Path.of("ontology/shapes.ttl")).validate(data).conforms());
    }

    @Test
    void brokenCopyGivesReadableViolations() {
        DatasetGraph dsg = fixture();
        UpdateAction.parseExecute("""
                PREFIX nkg:  <https://w3id.org/newskg/ont#>
                PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX work: <https://w3id.org/newskg/id/work/>
                # a statement without evidence
                DELETE { GRAPH ?g { ?st prov:wasDerivedFrom ?sent } }
                WHERE  { GRAPH ?g { ?st rdf:predicate nkg:messaged ; prov:wasDerivedFrom ?sent } } ;
                # a mentioned entity with two labels
                INSERT DATA { GRAPH <%1$s> { work:podesta-emails rdfs:label "DNC and Podesta emails" } } ;
                # a quote without speaker
                DELETE { GRAPH ?g { ?q nkg:speaker ?who } }
                WHERE  { GRAPH ?g { ?q a nkg:Quote ; nkg:speaker ?who } } ;
                # a sentence that ends beyond its context (369 code points)
                DELETE DATA { GRAPH <%1$s> { <%1$s#char=306,369> nif:endIndex 369 } } ;
                INSERT DATA { GRAPH <%1$s> { <%1$s#char=306,369> nif:endIndex 400 } }
                """.formatted(DOC_A), dsg);

        ValidationOutcome outcome = validator.validate(documentWithMeta(dsg, DOC_A));
        assertFalse(outcome.conforms());
        String text = outcome.toText();
        assertEquals(outcome.violations().size(), text.lines().count());
        for (String expected : List.of(
                "statement [<https://w3id.org/newskg/id/organization/wikileaks> nkg:messaged "
                        + "<https://w3id.org/newskg/id/person/donald-trump-jr>]: prov:wasDerivedFrom: "
                        + "A statement needs at least one prov:wasDerivedFrom pointing to the nif:Sentence it was read from.",
                "<" + DOC_A + "#char=263,273>: itsrdf:taIdentRef: "
                        + "A mention's entity (itsrdf:taIdentRef) needs exactly one rdfs:label.",
                "<https://w3id.org/newskg/id/work/podesta-emails>: rdfs:label: An entity needs exactly one rdfs:label, "
                        + "a string: the same canonical name in every document.",
                "quote \"Strongly suggest your dad tweets this link,\": nkg:speaker: "
                        + "A quote needs exactly one nkg:speaker, the IRI of who said it.",
                "<" + DOC_A + "#char=0,369>: nif:endIndex: A text span must lie inside its context: "
                        + "nif:endIndex is beyond the context's nif:endIndex (<" + DOC_A + "#char=306,369>).")) {
            assertTrue(text.contains(expected), "expected line\n" + expected + "\nin\n" + text);
        }
        // every message is a full sentence
        assertTrue(outcome.violations().stream().allMatch(v -> v.message().endsWith(".")), text);
    }

    @Test
    void eachViolationNamesItsFocusNodePathAndMessage() {
        DatasetGraph dsg = fixture();
        UpdateAction.parseExecute("""
                PREFIX nkg:    <https://w3id.org/newskg/ont#>
                PREFIX org:    <https://w3id.org/newskg/id/organization/>
                PREFIX person: <https://w3id.org/newskg/id/person/>
                # a fact stated (not negated) whose plain triple is gone
                DELETE DATA { GRAPH <%1$s> { org:wikileaks nkg:solicited person:donald-trump-jr } }
                """.formatted(DOC_A), dsg);
        ValidationOutcome outcome = validator.validate(documentWithMeta(dsg, DOC_A));
        assertFalse(outcome.conforms());
        assertEquals(1, outcome.violations().size(), outcome.toText());
        Violation v = outcome.violations().get(0);
        assertEquals("statement [<https://w3id.org/newskg/id/organization/wikileaks> nkg:solicited "
                + "<https://w3id.org/newskg/id/person/donald-trump-jr>]", v.focusNode());
        assertEquals("", v.path(), "a SPARQL constraint has no path");
        assertEquals("A statement the text asserts (neither negated nor hedged) needs its plain triple (subject predicate object) too.",
                v.message());
        assertEquals(v.focusNode() + ": " + v.message(), v.toText(), "no path: focus and message only");
    }

    @Test
    void aLabelThatDiffersBetweenDocumentsIsCaughtInTheUnion() {
        DatasetGraph dsg = fixture();
        UpdateAction.parseExecute("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX org:  <https://w3id.org/newskg/id/organization/>
                DELETE { GRAPH <%1$s> { org:wikileaks rdfs:label ?l } } INSERT { GRAPH <%1$s> { org:wikileaks rdfs:label "WIKILEAKS" } }
                WHERE  { GRAPH <%1$s> { org:wikileaks rdfs:label ?l } }
                """.formatted(DOC_B), dsg);
        assertTrue(validator.validate(documentWithMeta(dsg, DOC_A)).conforms(), "each document alone is fine");
        assertTrue(validator.validate(documentWithMeta(dsg, DOC_B)).conforms(), "each document alone is fine");
        ValidationOutcome union = validator.validate(dsg.getUnionGraph());
        assertFalse(union.conforms());
        Violation v = union.violations().stream()
                .filter(x -> x.focusNode().equals("<https://w3id.org/newskg/id/organization/wikileaks>"))
                .findFirst().orElseThrow(() -> new AssertionError(union.toText()));
        assertEquals("rdfs:label", v.path());
        assertEquals("An entity needs exactly one rdfs:label, a string: the same canonical name in every document.",
                v.message());
    }

    @Test
    void negatedStatementMustNotHaveAPlainTripleAndPlainTriplesNeedAStatement() {
        DatasetGraph dsg = fixture();
        UpdateAction.parseExecute("""
                PREFIX nkg:    <https://w3id.org/newskg/ont#>
                PREFIX org:    <https://w3id.org/newskg/id/organization/>
                PREFIX person: <https://w3id.org/newskg/id/person/>
                PREFIX work:   <https://w3id.org/newskg/id/work/>
                INSERT DATA { GRAPH <%1$s> {
                  org:trump-campaign nkg:obtained work:podesta-emails .
                  person:donald-trump nkg:praised org:wikileaks .
                } }
                """.formatted(DOC_A), dsg);
        ValidationOutcome outcome = validator.validate(documentWithMeta(dsg, DOC_A));
        String text = outcome.toText();
        assertTrue(text.contains("A negated or hedged statement must not have a plain triple"), text);
        assertTrue(text.contains("<https://w3id.org/newskg/id/person/donald-trump>: nkg:praised: "
                + "Every plain fact triple needs a statement node"), text);
    }

    @Test
    void qualifiersAndMetadataAreChecked() {
        DatasetGraph dsg = fixture();
        UpdateAction.parseExecute("""
                PREFIX nkg:  <https://w3id.org/newskg/ont#>
                PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
                PREFIX nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                DELETE { GRAPH ?g { ?st nkg:confidence ?c ; nkg:date ?d } }
                INSERT { GRAPH ?g { ?st nkg:confidence 1.5 ; nkg:date "12 October 2016" ; rdf:predicate nkg:colludedWith } }
                WHERE  { GRAPH ?g { ?st rdf:predicate nkg:messaged ; nkg:confidence ?c ; nkg:date ?d } } ;
                DELETE { GRAPH ?g { ?doc dcterms:source ?s } } WHERE { GRAPH ?g { ?doc dcterms:source ?s } } ;
                DELETE DATA { GRAPH <%1$s> { <%1$s#char=0,66> nif:anchorOf "Wikileaks solicited Donald Trump’s eldest son to publicize emails." } } ;
                INSERT DATA { GRAPH <%1$s> { <%1$s#char=0,66> nif:anchorOf "WikiLeaks solicited Donald Trump’s eldest son to publicize emails." } }
                """.formatted(DOC_A), dsg);
        String text = validator.validate(documentWithMeta(dsg, DOC_A)).toText();
        for (String expected : List.of(
                "nkg:confidence is given at most once, as a number from 0 to 1.",
                "A statement has at most one nkg:date, typed xsd:date, xsd:gYearMonth or xsd:gYear.",
                "it must be one of the 45 nkg: relation properties (15 of tier 1, 30 of tier 2).",
                "<" + DOC_A + ">: dcterms:source: A document needs exactly one dcterms:source",
                "<" + DOC_A + "#char=0,369>: nif:anchorOf: A text span's nif:anchorOf must equal the context's text",
                "(<" + DOC_A + "#char=0,66>).")) {
            assertTrue(text.contains(expected), "expected\n" + expected + "\nin\n" + text);
        }
    }
}
