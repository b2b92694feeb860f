package org.newskg.spark;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.IngestListener;
import org.newskg.IngestReport;
import org.newskg.LoadReport;
import org.newskg.NewsKg;
import org.newskg.SharedPipeline;
import org.newskg.model.Options;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.rdf.Vocab;
import org.newskg.store.KgStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end with real parts: real Spark in local mode ({@code local[2]}) inside this JVM, the real
 * CoreNLP models (one pipeline per JVM: the test's shared one, lent to the local executors for
 * the job, as the command line lends its own), real TDB2 stores on disk. Four
 * development texts plus two inputs that must fail (a malformed JSON Lines record and a file over
 * the size limit) are extracted on Spark and loaded; the store must equal a plain ingest of the
 * same folder, document graph by document graph.
 */
@ExtendWith(SharedPipeline.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkExtractLoadTest {

    private static final int MAX_CHARS = 20_000;
    private static final Node RUN = NodeFactory.createURI(Vocab.RUN + "any");

    @TempDir
    static Path tmp;

    private Path input;
    private Path ingested;
    private SparkExtractReport report;
    private Path out;

    @BeforeAll
    void extractOnSparkAndIngestPlainly(CoreNlpAnnotator nlp) throws IOException {
        input = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("dev-01.txt", "dev-02.txt", "dev-03.txt", "dev-04.txt")) {
            Files.copy(Path.of("src/test/resources/dev-texts", name), input.resolve(name));
        }
        Files.writeString(input.resolve("feed.jsonl"), "{\"text\": \"cut short\n");
        Files.writeString(input.resolve("huge.txt"), "The minister met the mayor on Monday. ".repeat(1_000));

        ingested = tmp.resolve("ingested");
        try (NewsKg kg = NewsKg.builder().options(options().withStore(ingested)).annotator(nlp).build()) {
            IngestReport r = kg.ingest(List.of(input), IngestListener.NONE);
            assertEquals(4, r.stored(), r.summary());
            assertEquals(2, r.failed().size(), r.summary());
        }
        out = tmp.resolve("out");
        report = SparkExtraction.run(new SparkExtractRequest("local[2]", List.of(input.toString()), out.toString(), 3,
                options()), b -> b.annotator(nlp));
    }

    private static Options options() {
        return Options.defaults().withThreads(1).withMaxChars(MAX_CHARS);
    }

    @Test
    void everyGoodDocumentIsExtractedAndEveryBadInputListedWithItsReason() throws IOException {
        assertEquals(4, report.documents(), report.summary());
        assertTrue(report.tokens() > 1000, report.summary());
        List<String> failures = failureLines();
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(failures.stream().anyMatch(l -> l.contains("feed.jsonl:1") && l.contains("malformed JSON")), failures.toString());
        assertTrue(failures.stream().anyMatch(l -> l.contains("huge.txt") && l.contains("too large")), failures.toString());
        assertEquals(2, report.failures().size());
    }

    private List<String> failureLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(out.resolve(SparkOutput.FAILURES))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        return lines;
    }

    @Test
    void bulkLoadedStoreEqualsPlainIngestGraphByGraph() {
        Path loaded = tmp.resolve("loaded");
        LoadReport r = load(loaded, List.of(out));
        assertTrue(r.bulk(), r.summary());
        assertEquals(4, r.stored(), r.summary());
        assertTrue(r.failed().isEmpty(), r.failed().toString());
        assertSameDocuments(ingested, loaded);
    }

    @Test
    void loadingTwiceChangesNothing() {
        Path loaded = tmp.resolve("twice");
        load(loaded, List.of(out));
        String first = export(loaded);
        LoadReport again = load(loaded, List.of(out));
        assertFalse(again.bulk());
        assertEquals(0, again.stored(), again.summary());
        assertEquals(4, again.unchanged(), again.summary());
        assertEquals(first, export(loaded));
    }

    @Test
    void loadingIntoAStoreThatHasDataIsTransactionalAndGivesTheSameStore() throws IOException {
        Path loaded = tmp.resolve("existing");
        List<Path> parts;
        try (var files = Files.list(out.resolve(SparkOutput.GRAPHS))) {
            parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        Path firstNonEmpty = parts.stream().filter(p -> p.toFile().length() > 0).findFirst().orElseThrow();
        LoadReport bulk = load(loaded, List.of(firstNonEmpty));
        assertTrue(bulk.bulk());
        LoadReport rest = load(loaded, List.of(out));
        assertFalse(rest.bulk());
        assertEquals(4, bulk.stored() + rest.stored(), rest.summary());
        assertEquals(bulk.stored(), rest.unchanged(), rest.summary());
        assertSameDocuments(ingested, loaded);
    }

    private static LoadReport load(Path store, List<Path> inputs) {
        try (NewsKg kg = NewsKg.builder().store(store).build()) {
            return kg.load(inputs, IngestListener.NONE);
        }
    }

    private static String export(Path store) {
        try (NewsKg kg = NewsKg.builder().store(store).build()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            kg.export(bytes, "nq", Optional.empty());
            return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Same document graphs (run IRIs aside: each run has its own) and the same document metadata. */
    private static void assertSameDocuments(Path expectedStore, Path actualStore) {
        Map<String, Graph> expected = graphs(expectedStore);
        Map<String, Graph> actual = graphs(actualStore);
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertTrue(expected.get(name).isIsomorphicWith(actual.get(name)), "graph " + name + " differs");
        }
    }

    /** Every named graph, the meta graph reduced to the documents' metadata, run IRIs replaced. */
    private static Map<String, Graph> graphs(Path storeDir) {
        Map<String, Graph> graphs = new TreeMap<>();
        try (KgStore store = KgStore.open(storeDir)) {
            var dsg = store.datasetGraph();
            Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(g).find().forEachRemaining(t -> {
                    if (!isRun(t.getSubject())) {
                        copy.add(Triple.create(t.getSubject(), t.getPredicate(), isRun(t.getObject()) ? RUN : t.getObject()));
                    }
                });
                graphs.put(g.getURI(), copy);
            }));
        }
        return graphs;
    }

    private static boolean isRun(Node n) {
        return n.isURI() && n.getURI().startsWith(Vocab.RUN);
    }
}
