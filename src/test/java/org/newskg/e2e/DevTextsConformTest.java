package org.newskg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.IngestListener;
import org.newskg.IngestReport;
import org.newskg.NewsKg;
import org.newskg.SharedPipeline;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.shapes.ValidationOutcome;

/**
 * The graph proves its own shape: the seed article and the ten development passages (copies in
 * {@code src/test/resources/dev-texts/}) through the real CoreNLP models into a TDB2 store on
 * disk, then the whole store checked against {@code ontology/shapes.ttl}, through the API and
 * through {@code newskg validate}.
 */
@ExtendWith(SharedPipeline.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevTextsConformTest {

    private static final Path DEV_TEXTS = Path.of("src/test/resources/dev-texts");

    private Path storeDir;
    private IngestReport report;

    @BeforeAll
    void ingest(CoreNlpAnnotator nlp, @TempDir Path dir) throws IOException {
        List<Path> inputs = new ArrayList<>();
        inputs.add(Path.of("data/seed-article.txt"));
        try (Stream<Path> files = Files.list(DEV_TEXTS)) {
            files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().forEach(inputs::add);
        }
        assertEquals(11, inputs.size(), inputs.toString());
        storeDir = dir.resolve("store");
        try (NewsKg kg = NewsKg.builder().store(storeDir).annotator(nlp).threads(1).build()) {
            report = kg.ingest(inputs, IngestListener.NONE);
        }
    }

    @Test
    void everyTextIsStored() {
        assertEquals(11, report.stored(), report.summary());
        assertTrue(report.failed().isEmpty(), report.failed().toString());
        assertTrue(report.facts() >= 50, report.summary());
    }

    @Test
    void theStoreConformsWithZeroViolations() {
        try (NewsKg kg = NewsKg.builder().store(storeDir).build()) {
            ValidationOutcome outcome = kg.validateStore();
            assertEquals("", outcome.toText());
            assertTrue(outcome.conforms());
            assertTrue(outcome.violations().isEmpty());
        }
    }

    @Test
    void validateCommandSaysSoAndExitsZero() {
        Cli validate = Cli.run("validate", "--store", storeDir.toString());
        assertEquals(0, validate.status(), validate.out() + validate.err());
        assertEquals("conforms: 0 violations", validate.out().strip());
        assertEquals("", validate.err());
    }
}
