package org.newskg.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.IngestListener;
import org.newskg.IngestReport;
import org.newskg.NewsKg;
import org.newskg.ingest.TestAnnotators;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Disk stays proportional to content: a 600-item feed (past the 500 documents after which a long run checks its size) stored one transaction per document
 * ends at most twice the size of the same store freshly compacted (TDB2 keeps the old blocks of
 * every transaction until compacted; ingest compacts when a run has grown the store by half).
 * A fake annotator (no CoreNLP) and a real TDB2 store on disk.
 */
class DiskUseTest {

    private static final int ITEMS = 600;

    @TempDir
    Path tmp;

    @Test
    void aLongFeedEndsWithinTwiceItsCompactedSize() throws Exception {
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < ITEMS; i++) {
            feed.append("{\"id\": \"item-").append(i).append("\", \"title\": \"Item ").append(i)
                    .append("\", \"text\": \"Item ").append(i).append(" opens with a line.\\nA second line of item ")
                    .append(i).append(" follows.\\nAnd a third one ends it.\"}\n");
        }
        Path file = Files.writeString(tmp.resolve("feed.jsonl"), feed);
        Path store = tmp.resolve("store");
        try (NewsKg kg = NewsKg.builder().store(store).threads(2).annotator(new TestAnnotators().reliable()).build()) {
            IngestReport r = kg.ingest(List.of(file), IngestListener.NONE);
            assertEquals(ITEMS, r.stored(), r.summary());
            long after = kg.store().bytesOnDisk();
            KgStore.Compaction fresh = kg.store().compact();
            System.out.printf("disk after ingest %d bytes, freshly compacted %d bytes%n", after, fresh.bytesAfter());
            assertTrue(after <= 2 * fresh.bytesAfter(), "after ingest " + after + " bytes, compacted "
                    + fresh.bytesAfter());
            assertEquals(ITEMS, kg.store().stats().documents());
        }
    }
}
