package org.newskg.e2e;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.IngestListener;
import org.newskg.IngestReport;
import org.newskg.NewsKg;
import org.newskg.SharedPipeline;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.rdf.Vocab;
import org.newskg.store.DocumentInfo;
import org.newskg.store.KgStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An ingest with two threads killed with SIGKILL at a random moment, twice (a separate JVM
 * running the real command line each time), leaves whole documents only; rerunning the same
 * ingest skips them by hash, does the rest, and ends with the same documents and the same facts
 * as a clean run, document graph by document graph.
 */
@ExtendWith(SharedPipeline.class)
class KillResumeTest {

    private static final List<String> TEXTS = List.of("dev-01.txt", "dev-02.txt", "dev-05.txt", "dev-06.txt",
            "dev-07.txt", "dev-08.txt");
    /** How many times an ingest with two threads is killed before the last run completes it. */
    private static final int KILLS = 2;
    /** The committed copies of the development texts (see its SOURCE file), relative to the project. */
    private static final Path DEV = Path.of("src/test/resources/dev-texts");
    private static final String PROV = "http://www.w3.org/ns/prov#";
    /** What differs between two runs of the same input: which run, and when. */
    private static final Set<String> RUN_PROPERTIES = Set.of(PROV + "wasGeneratedBy", PROV + "startedAtTime",
            PROV + "endedAtTime");
    private static final String STORED = "newskg: stored ";

    @TempDir
    Path tmp;

    @Test
    void aKilledIngestResumesToTheSameGraphAsACleanRun(CoreNlpAnnotator nlp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String t : TEXTS) {
            Files.copy(sourceText(t), in.resolve(t));
        }
        Path killed = tmp.resolve("killed");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String why = " (random seed " + seed + ")";
        Process first = startIngest(killed, in, 2);
        Process child = first;
        CompletableFuture<List<String>> watcher = CompletableFuture.supplyAsync(() -> killAfterStored(first, 1, 0));

        Path clean = tmp.resolve("clean");
        Map<String, Graph> expected;
        IngestReport cleanRun;
        try (NewsKg kg = NewsKg.builder().store(clean).annotator(nlp).threads(1).build()) {
            cleanRun = kg.ingest(List.of(in), IngestListener.NONE);
            expected = documents(kg.store());
        }
        assertTrue(cleanRun.stored() >= 4, "the clean run should store several documents: " + cleanRun.summary());

        int survivorsBefore = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            List<String> childLines = watcher.get(300, TimeUnit.SECONDS);
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            long storedLines = childLines.stream().filter(l -> l.startsWith(STORED)).count();
            assertTrue(storedLines >= 1, "the child stored nothing before it was killed" + why + ":\n"
                    + String.join("\n", childLines));
            Map<String, Graph> survivors;
            try (KgStore store = KgStore.open(killed)) {
                survivors = documents(store);
            }
            if (kill == 1) {
                assertTrue(survivors.size() >= 1 && survivors.size() < expected.size(),
                        "kill should land partway: " + survivors.size() + " of " + expected.size() + " stored" + why);
            }
            assertTrue(survivors.size() >= survivorsBefore, "a kill lost committed documents" + why);
            survivorsBefore = survivors.size();
            // whole, but named as this smaller store names its entities: canonical labels and IRIs
            // follow every document in the store, so they are compared up to renaming
            survivors.forEach((iri, g) -> assertTrue(expected.containsKey(iri)
                            && entitiesUnnamed(g).isIsomorphicWith(entitiesUnnamed(expected.get(iri))),
                    "a document committed before a kill must be whole: " + iri + why));
            if (kill < KILLS) {
                child = startIngest(killed, in, 2);
                Process next = child;
                int after = 1 + random.nextInt(2);
                int delayMillis = random.nextInt(400);
                watcher = CompletableFuture.supplyAsync(() -> killAfterStored(next, after, delayMillis));
            }
        }

        try (NewsKg kg = NewsKg.builder().store(killed).annotator(nlp).threads(2).build()) {
            IngestReport resumed = kg.ingest(List.of(in), IngestListener.NONE);
            assertEquals(survivorsBefore, resumed.unchanged(), resumed.summary() + why);
            assertEquals(cleanRun.stored() - survivorsBefore, resumed.stored(), resumed.summary() + why);
            assertEquals(cleanRun.failures(), resumed.failures(), resumed.summary());

            Map<String, Graph> actual = documents(kg.store());
            assertEquals(expected.keySet(), actual.keySet(), "the same documents as a clean run" + why);
            expected.forEach((iri, g) -> assertTrue(g.isIsomorphicWith(actual.get(iri)),
                    "the same facts as a clean run in " + iri + why));
            var outcome = kg.validateStore();
            assertTrue(outcome.conforms(), outcome.toText());
        }
    }

    private static Path sourceText(String name) {
        return DEV.resolve(name);
    }

    /** The real command line in its own JVM, one document per transaction, a line per stored document. */
    private static Process startIngest(Path store, Path in, int threads) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx4g", "-XX:+UseG1GC", "-cp",
                System.getProperty("java.class.path"), "org.newskg.cli.Main", "ingest", "--threads", String.valueOf(threads), "--log",
                "--store", store.toString(), in.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    /**
     * Reads the child's stderr and sends SIGKILL once it has reported {@code after} stored
     * documents and a further {@code delayMillis} have passed (or at its end).
     */
    private static List<String> killAfterStored(Process child, int after, int delayMillis) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            int seen = 0;
            while ((line = err.readLine()) != null) {
                lines.add(line);
                if (line.startsWith(STORED) && ++seen >= after) {
                    sleep(delayMillis);
                    child.destroyForcibly();
                    break;
                }
            }
        } catch (IOException e) {
            lines.add("(reading the child's stderr failed: " + e + ")");
        }
        if (child.isAlive()) {
            child.destroyForcibly();
        }
        return lines;
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Each stored document's graph plus its metadata, without what names the run or its times,
     * keyed by document IRI.
     */
    private static Map<String, Graph> documents(KgStore store) {
        List<DocumentInfo> docs = store.documents();
        DatasetGraph dsg = store.datasetGraph();
        Node meta = NodeFactory.createURI(Vocab.META_GRAPH);
        return Txn.calculateRead(dsg, () -> {
            Map<String, Graph> out = new TreeMap<>();
            for (DocumentInfo d : docs) {
                Node doc = NodeFactory.createURI(d.iri());
                Graph g = GraphFactory.createDefaultGraph();
                dsg.find(doc, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> addUnlessRun(g, q.asTriple()));
                dsg.find(meta, doc, Node.ANY, Node.ANY).forEachRemaining(q -> addUnlessRun(g, q.asTriple()));
                out.put(d.iri(), g);
            }
            return out;
        });
    }

    /**
     * The graph with every entity IRI turned into a blank node and without entity labels, types
     * and alias records: what a document holds, apart from the names (and the majority type) the
     * rest of the store gives its entities.
     */
    private static Graph entitiesUnnamed(Graph g) {
        String ids = Vocab.ID;
        Set<Node> aliasNodes = new java.util.HashSet<>();
        g.find(Node.ANY, NodeFactory.createURI(Vocab.NKG + "alias"), Node.ANY).forEachRemaining(t -> aliasNodes.add(t.getObject()));
        Map<Node, Node> blank = new java.util.HashMap<>();
        java.util.function.Function<Node, Node> map = n -> n.isURI() && n.getURI().startsWith(ids)
                ? blank.computeIfAbsent(n, k -> NodeFactory.createBlankNode()) : n;
        Set<String> names = Set.of("http://www.w3.org/2000/01/rdf-schema#label",
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                "http://www.w3.org/2004/02/skos/core#altLabel", Vocab.NKG + "alias");
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> {
            boolean entityName = names.contains(t.getPredicate().getURI()) && t.getSubject().isURI()
                    && t.getSubject().getURI().startsWith(ids);
            if (!entityName && !aliasNodes.contains(t.getSubject())) {
                out.add(Triple.create(map.apply(t.getSubject()), t.getPredicate(), map.apply(t.getObject())));
            }
        });
        return out;
    }

    private static void addUnlessRun(Graph g, Triple t) {
        if (!RUN_PROPERTIES.contains(t.getPredicate().getURI())) {
            g.add(t);
        }
    }
}
