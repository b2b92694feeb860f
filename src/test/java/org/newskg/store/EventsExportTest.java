package org.newskg.store;

import org.newskg.extract.Extractor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newskg.SharedPipeline;
import org.newskg.ingest.DocumentSource;
import org.newskg.ingest.Input;
import org.newskg.model.Document;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.GraphBuilder;
import org.newskg.rdf.Vocab;

/**
 * {@code export --format events} on a graph the real pipeline (CoreNLP) made of a golden article:
 * the CSV parses back with a CSV parser, every row's sentence offsets give back its evidence
 * sentence in the document's stored text, and the CAMEO / PLOVER columns come from the ontology.
 */
@ExtendWith(SharedPipeline.class)
class EventsExportTest {

    @Test
    void everyRowParsesAndItsOffsetsGiveBackItsEvidence(CoreNlpAnnotator nlp) throws Exception {
        List<Document> docs = new ArrayList<>();
        new DocumentSource(100_000, null).read(List.of(Path.of("src/test/resources/cases/tier2-courts/article.txt")),
                in -> {
                    if (in instanceof Input.Read r) {
                        docs.add(r.document());
                    }
                });
        DocumentGraphs g = new GraphBuilder(Vocab.RUN + "test").build(Extractor.standard().extract(nlp.annotate(docs.get(0))));
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        Node docGraph = NodeFactory.createURI(g.documentIri());
        dsg.addGraph(docGraph, g.graph());
        dsg.addGraph(NodeFactory.createURI(Vocab.META_GRAPH), g.meta());
        String text = docs.get(0).text();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.forFormat("events").write(dsg, out, Optional.empty());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();

        assertFalse(rows.isEmpty());
        for (CSVRecord row : rows) {
            assertEquals(EventsCsv.HEADER.size(), row.size(), row.toString());
            int b = Integer.parseInt(row.get("sentence_begin"));
            int e = Integer.parseInt(row.get("sentence_end"));
            String span = text.substring(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e));
            assertEquals(span, row.get("evidence"), "offsets of " + row);
            assertEquals(g.documentIri(), row.get("document"));
            assertTrue(row.get("subject_iri").startsWith(Vocab.ID), row.toString());
            assertFalse(Boolean.parseBoolean(row.get("hedged")) && !Boolean.parseBoolean(row.get("negated")),
                    "a hedged fact is neither asserted nor negated: " + row);
        }
        CSVRecord arrest = rows.stream().filter(r -> r.get("relation").equals("arrested")).findFirst().orElseThrow();
        assertEquals("173", arrest.get("cameo_code"));
        assertEquals("COERCE", arrest.get("plover_type"));
        assertEquals("Tomas Varga", arrest.get("object_label"));
        assertEquals("2021-03-02", arrest.get("date"));
        CSVRecord negated = rows.stream().filter(r -> r.get("negated").equals("true")).findFirst().orElseThrow();
        assertEquals("sued", negated.get("relation"));
        assertEquals("Paul Greer", negated.get("attributed_to"));
        assertTrue(rows.stream().anyMatch(r -> r.get("relation").equals("sued") && r.get("cameo_code").equals("115")));
    }

    @Test
    void fieldsWithCommasAndQuotesAreQuoted() {
        assertEquals("plain", EventsCsv.quote("plain"));
        assertEquals("\"a, b\"", EventsCsv.quote("a, b"));
        assertEquals("\"say \"\"no\"\"\"", EventsCsv.quote("say \"no\""));
    }
}
