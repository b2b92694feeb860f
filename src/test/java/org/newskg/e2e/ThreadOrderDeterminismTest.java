package org.newskg.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.IngestListener;
import org.newskg.IngestReport;
import org.newskg.NewsKg;
import org.newskg.SharedPipeline;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.rdf.Vocab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Same documents, same graph: the ten development texts ingested with one thread in order, and
 * with two threads in reverse order, through the real CoreNLP models (no annotation cache) into
 * real TDB2 stores, give the same export as sorted N-Quads, the meta graph aside and the run's
 * IRI (which names the run, not the content) masked.
 * Two threads at once is where CoreNLP's quote attribution used to mix documents up.
 */
@ExtendWith(SharedPipeline.class)
class ThreadOrderDeterminismTest {

    private static final Path DEV = Path.of("src/test/resources/dev-texts");

    @TempDir
    Path tmp;

    @Test
    void oneThreadInOrderAndTwoThreadsReversedGiveTheSameGraph(CoreNlpAnnotator nlp) throws IOException {
        List<Path> texts;
        try (Stream<Path> s = Files.list(DEV)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(10, texts.size());
        List<Path> reversed = new ArrayList<>(texts);
        Collections.reverse(reversed);

        List<String> one = ingestAndExport(nlp, tmp.resolve("one"), 1, texts);
        List<String> two = ingestAndExport(nlp, tmp.resolve("two"), 2, reversed);
        assertTrue(one.size() > 1000, "quads: " + one.size());
        Files.write(tmp.getParent().resolve("determinism-threads1.nq"), one);
        Files.write(tmp.getParent().resolve("determinism-threads2.nq"), two);
        List<String> onlyOne = new ArrayList<>(one);
        onlyOne.removeAll(two);
        List<String> onlyTwo = new ArrayList<>(two);
        onlyTwo.removeAll(one);
        assertEquals(List.of(), onlyOne.stream().limit(10).toList(), "quads of --threads 1 missing with --threads 2");
        assertEquals(List.of(), onlyTwo.stream().limit(10).toList(), "quads of --threads 2 missing with --threads 1");
        assertEquals(one, two);
    }

    private static List<String> ingestAndExport(CoreNlpAnnotator nlp, Path store, int threads, List<Path> texts) {
        try (NewsKg kg = NewsKg.builder().store(store).annotator(nlp).threads(threads).build()) {
            IngestReport r = kg.ingest(texts, IngestListener.NONE);
            assertEquals(10, r.stored(), r.summary());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            kg.export(out, "nq", Optional.empty());
            String meta = "<" + Vocab.META_GRAPH + "> .";
            return out.toString(StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.endsWith(meta))
                    .map(l -> l.replaceAll("<https://w3id\\.org/newskg/run/[^>]*>", "<RUN>"))
                    .sorted().toList();
        }
    }
}
