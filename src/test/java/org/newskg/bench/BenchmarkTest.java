package org.newskg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKg;
import org.newskg.SharedPipeline;
import org.newskg.nlp.CoreNlpAnnotator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark on two tiny articles with the real models: every stage measured, table and JSON written. */
@ExtendWith(SharedPipeline.class)
class BenchmarkTest {

    @TempDir
    Path tmp;

    @Test
    void measuresEveryStage(CoreNlpAnnotator nlp) throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "Alice Smith opened a bakery in Boston on Monday.\n");
        Files.writeString(tmp.resolve("b.txt"), "Bob Jones, a lawyer, moved to Chicago in 2019.\n");
        BenchReport r = new Benchmark(NewsKg.builder().annotator(nlp), 2).run(List.of(tmp));

        assertEquals(2, r.documents());
        assertTrue(r.tokens() > 15, "tokens: " + r.tokens());
        for (double ms : new double[]{r.annotate1Ms(), r.annotateNMs(), r.extractMs(), r.rdfMs(), r.shaclMs(),
                r.storeMs(), r.cacheExtractMs()}) {
            assertTrue(ms > 0, r.toTable());
        }
        assertTrue(r.cacheSpeedup() > 1, "re-extraction from the cache beats annotation\n" + r.toTable());
        assertTrue(r.peakHeapBytes() > 0 && r.peakHeapBytes() <= r.maxHeapBytes(), r.toTable());
        assertTrue(r.toTable().contains("NewsKG beyond CoreNLP"), r.toTable());

        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertEquals(2, json.get("documents").asInt());
        assertTrue(json.get("targetsMet").has("cacheSpeedupAtLeast20"), r.toJson());
        try (var files = Files.list(tmp)) {
            assertEquals(2, files.count(), "the temporary store and cache are not left in the input folder");
        }
    }
}
