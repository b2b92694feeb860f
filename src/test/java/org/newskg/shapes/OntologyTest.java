package org.newskg.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.Vocab;

class OntologyTest {

    private static final Path ONTOLOGY = Path.of("ontology/newskg.ttl");
    private static final Path SHAPES = Path.of("ontology/shapes.ttl");

    private static Model read(Path file) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(file).parse(m);
        return m;
    }

    @Test
    void ontologyParsesAndIsNamed() {
        Model m = read(ONTOLOGY);
        assertTrue(m.contains(m.createResource("https://w3id.org/newskg/ont"), RDF.type, OWL.Ontology));
        assertEquals("nkg", m.getNsURIPrefix(Vocab.NKG));
    }

    @Test
    void declaresTheFifteenRelationsWithLabelCommentDomainAndRange() {
        Model m = read(ONTOLOGY);
        for (String local : Vocab.RELATIONS) {
            Resource p = m.getResource(Vocab.NKG + local);
            assertTrue(m.contains(p, RDF.type, OWL.ObjectProperty), local);
            assertTrue(p.hasProperty(RDFS.label), local + " label");
            assertTrue(p.hasProperty(RDFS.comment), local + " comment");
            assertTrue(p.hasProperty(RDFS.domain), local + " domain");
            assertTrue(p.hasProperty(RDFS.range), local + " range");
        }
        assertTrue(m.contains(Vocab.nkg("met"), RDF.type, OWL.SymmetricProperty));
        assertTrue(m.contains(Vocab.nkg("memberOf"), RDFS.subPropertyOf, m.getResource(Vocab.SCHEMA + "memberOf")));
        assertTrue(m.contains(Vocab.nkg("founderOf"), OWL.inverseOf, m.getResource(Vocab.SCHEMA + "founder")));
        assertEquals("051", Vocab.nkg("praised").inModel(m).getProperty(Vocab.nkgP("cameoCode")).getString());
    }

    @Test
    void declaresTheThirtyTierTwoRelationsWithTheirAlignments() {
        Model m = read(ONTOLOGY);
        for (String local : Vocab.TIER2_RELATIONS) {
            Resource p = m.getResource(Vocab.NKG + local);
            assertTrue(m.contains(p, RDF.type, OWL.ObjectProperty), local);
            for (var required : List.of(RDFS.label, RDFS.comment, RDFS.domain, RDFS.range)) {
                assertTrue(p.hasProperty(required), local + " has no " + required.getLocalName());
            }
            assertEquals(2, p.getProperty(Vocab.nkgP("tier")).getInt(), local);
        }
        for (String symmetric : List.of("agreedWith", "partneredWith", "spouseOf")) {
            assertTrue(m.contains(Vocab.nkg(symmetric), RDF.type, OWL.SymmetricProperty), symmetric);
        }
        assertFalse(m.contains(Vocab.nkg("accused"), RDF.type, OWL.SymmetricProperty));
        var arrested = Vocab.nkg("arrested").inModel(m);
        assertEquals("173", arrested.getProperty(Vocab.nkgP("cameoCode")).getString());
        assertEquals("COERCE", arrested.getProperty(Vocab.nkgP("ploverType")).getString());
        assertEquals("Justice:Arrest-Jail", arrested.getProperty(Vocab.nkgP("aceEventType")).getString());
        assertEquals("per:spouse", Vocab.nkg("spouseOf").inModel(m).getProperty(Vocab.nkgP("kbpSlot")).getString());
        assertEquals("ACCUSE", Vocab.nkg("accused").inModel(m).getProperty(Vocab.nkgP("ploverType")).getString());
        assertEquals("057", Vocab.nkg("agreedWith").inModel(m).getProperty(Vocab.nkgP("cameoCode")).getString());
    }

    @Test
    void everyPropertyHasLabelCommentDomainAndRange() {
        Model m = read(ONTOLOGY);
        Set<Resource> properties = new java.util.HashSet<>();
        for (Resource type : List.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)) {
            m.listSubjectsWithProperty(RDF.type, type).forEachRemaining(properties::add);
        }
        properties.removeIf(p -> !p.isURIResource() || !p.getURI().startsWith(Vocab.NKG));
        assertTrue(properties.size() >= 15 + 13 + 2, "properties found: " + properties.size());
        for (Resource p : properties) {
            for (var required : List.of(RDFS.label, RDFS.comment, RDFS.domain, RDFS.range)) {
                assertTrue(p.hasProperty(required), p.getLocalName() + " has no " + required.getLocalName());
            }
        }
    }

    @Test
    void everyClassHasLabelAndComment() {
        Model m = read(ONTOLOGY);
        List<Resource> classes = m.listSubjectsWithProperty(RDF.type, OWL.Class).toList().stream()
                .filter(c -> c.isURIResource() && c.getURI().startsWith(Vocab.NKG)).toList();
        assertEquals(7, classes.size(), classes.toString());
        for (Resource c : classes) {
            assertTrue(c.hasProperty(RDFS.label), c.getLocalName() + " has no rdfs:label");
            assertTrue(c.hasProperty(RDFS.comment), c.getLocalName() + " has no rdfs:comment");
        }
    }

    @Test
    void classesSpecialiseSchemaOrg() {
        Model m = read(ONTOLOGY);
        for (String[] pair : new String[][] {{"Person", "Person"}, {"Organization", "Organization"},
                {"Location", "Place"}, {"Work", "CreativeWork"}}) {
            assertTrue(m.contains(Vocab.nkg(pair[0]), RDFS.subClassOf, m.getResource(Vocab.SCHEMA + pair[1])),
                    pair[0]);
        }
        assertTrue(m.contains(Vocab.QUOTE, RDF.type, OWL.Class));
    }

    @Test
    void qualifiersAreDeclaredWithLabelAndComment() {
        Model m = read(ONTOLOGY);
        for (var p : List.of(Vocab.DATE, Vocab.THEME, Vocab.RECIPIENT, Vocab.NEGATED, Vocab.HEDGED,
                Vocab.ATTRIBUTED_TO, Vocab.CONFIDENCE, Vocab.TRIGGER, Vocab.SPEAKER, Vocab.TEXT, Vocab.SHA256,
                Vocab.SOFTWARE_VERSION, Vocab.NLP_MODELS)) {
            Resource r = p.inModel(m);
            assertTrue(m.contains(r, RDF.type, OWL.DatatypeProperty) || m.contains(r, RDF.type, OWL.ObjectProperty),
                    p.getLocalName());
            assertTrue(r.hasProperty(RDFS.label) && r.hasProperty(RDFS.comment), p.getLocalName());
            assertTrue(r.hasProperty(RDFS.domain) && r.hasProperty(RDFS.range), p.getLocalName());
        }
    }

    @Test
    void shapesAllowExactlyTheFifteenRelations() {
        Model shapes = read(SHAPES);
        Resource predicateShape = shapes.listSubjectsWithProperty(
                ResourceFactory.createProperty("http://www.w3.org/ns/shacl#path"), RDF.predicate).next();
        RDFList in = predicateShape.getPropertyResourceValue(
                ResourceFactory.createProperty("http://www.w3.org/ns/shacl#in")).as(RDFList.class);
        List<String> names = new ArrayList<>();
        for (RDFNode n : in.asJavaList()) {
            names.add(n.asResource().getLocalName());
        }
        List<String> all = new ArrayList<>(Vocab.RELATIONS);
        all.addAll(Vocab.TIER2_RELATIONS);
        assertEquals(all, names);
    }

    @Test
    void everyNkgTermOfShapesAndQueriesIsDeclared() throws IOException {
        Model ont = read(ONTOLOGY);
        Set<String> used = new TreeSet<>();
        read(SHAPES).listStatements().forEach(st -> {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(Vocab.NKG)) {
                    used.add(n.asResource().getURI().substring(Vocab.NKG.length()));
                }
            }
        });
        Pattern term = Pattern.compile("nkg:([A-Za-z][A-Za-z0-9]*)");
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path f : files.toList()) {
                Matcher m = term.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertFalse(used.isEmpty());
        for (String local : used) {
            assertTrue(ont.contains(ont.getResource(Vocab.NKG + local), RDF.type), "nkg:" + local + " not declared");
        }
    }
}
