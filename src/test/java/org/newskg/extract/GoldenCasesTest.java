package org.newskg.extract;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newskg.SharedPipeline;
import org.newskg.ingest.DocumentSource;
import org.newskg.ingest.Input;
import org.newskg.model.Document;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.rdf.DocumentGraphs;
import org.newskg.rdf.GraphBuilder;
import org.newskg.rdf.Vocab;
import org.newskg.shapes.ShapeValidator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden-file cases, one folder per construction under {@code src/test/resources/cases}: the real
 * pipeline turns {@code article.txt} into a graph that must equal {@code expected.trig} (all IRIs
 * are deterministic; the run IRI is fixed), and every ASK query in {@code checks.rq} must hold:
 * the checks say what a reader would verify, the expected graph guards against silent changes.
 * A case without {@code expected.trig} fails. To write (or rewrite) the expected graphs from the
 * current output, run with {@code -Dnewskg.regenerate=true} and review the diff before committing.
 */
@ExtendWith(SharedPipeline.class)
class GoldenCasesTest {

    private static final Path CASES = Path.of("src/test/resources/cases");
    /** System property that rewrites every case's expected.trig from the current output. */
    static final String REGENERATE = "newskg.regenerate";
    private static final String RUN = "https://w3id.org/newskg/run/golden";
    private static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/newskg/ont#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            """;

    @TestFactory
    Stream<DynamicTest> cases(CoreNlpAnnotator nlp) throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(CASES)) {
            // -Dnewskg.case=a,b runs only the named cases (while developing one construction)
            Set<String> only = Set.of(System.getProperty("newskg.case", "").split(","));
            dirs = s.filter(Files::isDirectory).filter(d -> only.equals(Set.of("")) || only.contains(d.getFileName().toString()))
                    .sorted().toList();
        }
        Extractor extractor = Extractor.standard();
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
                () -> check(dir, nlp, extractor)));
    }

    private void check(Path dir, CoreNlpAnnotator nlp, Extractor extractor) throws IOException {
        Document doc = read(dir.resolve("article.txt"));
        DocumentGraphs g = new GraphBuilder(RUN).build(extractor.extract(nlp.annotate(doc)));
        DatasetGraph actual = DatasetGraphFactory.createGeneral();
        actual.addGraph(NodeFactory.createURI(g.documentIri()), g.graph());
        actual.addGraph(NodeFactory.createURI(Vocab.META_GRAPH), g.meta());
        Path expectedFile = dir.resolve("expected.trig");
        if (Boolean.getBoolean(REGENERATE)) {
            try (OutputStream out = Files.newOutputStream(expectedFile)) {
                RDFDataMgr.write(out, actual, Lang.TRIG);
            }
        }
        assertTrue(Files.isRegularFile(expectedFile), dir.getFileName() + ": no expected.trig; write it with -D"
                + REGENERATE + "=true, review it, and commit it");
        for (String ask : checks(dir.resolve("checks.rq"))) {
            boolean expect = !ask.contains("# expect: false");
            Dataset ds = DatasetFactory.wrap(DatasetGraphFactory.wrap(g.graph()));
            try (QueryExecution qe = QueryExecution.create(PREFIXES + ask, ds)) {
                assertEquals(expect, qe.execAsk(), dir.getFileName() + ": check failed:\n" + ask);
            }
        }
        var both = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.graph.GraphUtil.addInto(both, g.graph());
        org.apache.jena.graph.GraphUtil.addInto(both, g.meta());
        var outcome = ShapeValidator.bundled().validate(both);
        assertTrue(outcome.conforms(), dir.getFileName() + ": breaks the shapes:\n" + outcome.toText());
        DatasetGraph expected = DatasetGraphFactory.createGeneral();
        RDFParser.source(expectedFile).lang(Lang.TRIG).parse(expected);
        compare(dir.getFileName().toString(), expected, actual);
    }

    private static Document read(Path file) {
        List<Document> docs = new ArrayList<>();
        new DocumentSource(100_000, null).read(List.of(file), in -> {
            if (in instanceof Input.Read r) {
                docs.add(r.document());
            } else if (in instanceof Input.Problem p) {
                fail(p.location() + ": " + p.reason());
            }
        });
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    private static List<String> checks(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String part : Files.readString(file).split("(?m)^# ---\\s*$")) {
            if (part.contains("ASK")) {
                out.add(part.strip());
            }
        }
        assertTrue(!out.isEmpty(), "no checks in " + file);
        return out;
    }

    private static void compare(String name, DatasetGraph expected, DatasetGraph actual) {
        Set<Quad> e = quads(expected);
        Set<Quad> a = quads(actual);
        if (!e.equals(a)) {
            String missing = e.stream().filter(q -> !a.contains(q)).limit(10).map(Quad::toString)
                    .collect(Collectors.joining("\n  "));
            String extra = a.stream().filter(q -> !e.contains(q)).limit(10).map(Quad::toString)
                    .collect(Collectors.joining("\n  "));
            fail(name + ": graph differs from expected.trig (" + e.size() + " expected quads, " + a.size()
                    + " actual)\nmissing:\n  " + missing + "\nextra:\n  " + extra);
        }
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        return dsg.stream().collect(Collectors.toSet());
    }
}
