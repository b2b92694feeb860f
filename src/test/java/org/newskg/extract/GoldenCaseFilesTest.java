package org.newskg.extract;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every golden case is complete without running it (no CoreNLP): an article, ASK checks, and an
 * expected graph that parses and is not empty. GoldenCasesTest fails on a missing expected.trig
 * too; this says so in seconds.
 */
@Tag("fast")
class GoldenCaseFilesTest {

    @TestFactory
    Stream<DynamicTest> everyCaseHasItsFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/cases"))) {
            return s.filter(Files::isDirectory).sorted().toList().stream().map(dir ->
                    DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                        assertTrue(Files.isRegularFile(dir.resolve("article.txt")), dir + ": no article.txt");
                        Path checks = dir.resolve("checks.rq");
                        assertTrue(Files.isRegularFile(checks) && Files.readString(checks).contains("ASK"), dir + ": no ASK in checks.rq");
                        Path expected = dir.resolve("expected.trig");
                        assertTrue(Files.isRegularFile(expected), dir + ": no expected.trig (write it with -D"
                                + GoldenCasesTest.REGENERATE + "=true and review it)");
                        DatasetGraph g = DatasetGraphFactory.createGeneral();
                        RDFParser.source(expected).lang(Lang.TRIG).parse(g);
                        assertTrue(g.stream().findAny().isPresent(), dir + ": expected.trig is empty");
                    }));
        }
    }
}
