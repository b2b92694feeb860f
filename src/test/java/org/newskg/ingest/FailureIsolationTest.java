package org.newskg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.IngestListener;
import org.newskg.IngestReport;
import org.newskg.NewsKg;
import org.newskg.store.DocumentInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One document whose annotation throws does not stop the run: it is retried once on its own,
 * reported with one line naming the file when it fails again, counted as failed, and every other
 * document is stored. Uses a fake annotator (no CoreNLP) and a real TDB2 store.
 */
class FailureIsolationTest {

    @TempDir
    Path tmp;

    private Path texts(int n) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 1; i <= n; i++) {
            Files.writeString(in.resolve("doc-" + i + ".txt"), "Document number " + i + " says little.\n"
                    + (i == 3 ? "POISON line\n" : "Nothing more.\n"));
        }
        return in;
    }

    private static List<String> stored(NewsKg kg) {
        return kg.store().documents().stream().map(DocumentInfo::source).map(s -> Path.of(s).getFileName().toString())
                .sorted().toList();
    }

    @Test
    void aDocumentThatAlwaysFailsIsReportedAndTheRestAreStored() throws Exception {
        Path in = texts(6);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        IngestListener listener = new IngestListener() {
            @Override
            public void failed(String location, String reason) {
                failures.add(location + ": " + reason);
            }
        };
        try (NewsKg kg = NewsKg.builder().store(tmp.resolve("store")).threads(2)
                .annotator(new FakeAnnotator(t -> t.contains("POISON"), false)).build()) {
            IngestReport r = kg.ingest(List.of(in), listener);
            assertEquals(5, r.stored(), r.summary());
            assertEquals(1, r.failures(), r.summary());
            assertEquals(1, failures.size(), failures.toString());
            String line = failures.get(0);
            assertTrue(line.contains("doc-3.txt") && line.contains("told to fail"), line);
            assertEquals(1, line.lines().count(), "one line: " + line);
            assertEquals(List.of("doc-1.txt", "doc-2.txt", "doc-4.txt", "doc-5.txt", "doc-6.txt"), stored(kg));
            assertTrue(r.summary().contains("1 failed"), r.summary());
        }
    }

    @Test
    void aDocumentThatFailsOnceIsRetriedAloneAndStored() throws Exception {
        Path in = texts(6);
        try (NewsKg kg = NewsKg.builder().store(tmp.resolve("store")).threads(2)
                .annotator(new FakeAnnotator(t -> t.contains("POISON"), true)).build()) {
            IngestReport r = kg.ingest(List.of(in), IngestListener.NONE);
            assertEquals(6, r.stored(), r.summary());
            assertEquals(0, r.failures(), r.summary());
            assertEquals(6, stored(kg).size());
        }
    }

    @Test
    void manyFailuresAreCountedButOnlyTheFirstLinesKept() throws Exception {
        Path feed = tmp.resolve("feed.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < IngestReport.KEPT_FAILURES + 50; i++) {
            lines.append("{\"id\": ").append(i).append("}\n");
        }
        Files.writeString(feed, lines);
        try (NewsKg kg = NewsKg.builder().store(tmp.resolve("store")).annotator(FakeAnnotator.reliable()).build()) {
            IngestReport r = kg.ingest(List.of(feed), IngestListener.NONE);
            assertEquals(IngestReport.KEPT_FAILURES + 50, r.failures());
            assertEquals(IngestReport.KEPT_FAILURES, r.failed().size());
            assertTrue(r.summary().contains("and 50 more"), r.summary());
        }
    }
}
