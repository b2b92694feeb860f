package org.newskg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.IngestListener;
import org.newskg.IngestReport;
import org.newskg.NewsKg;
import org.newskg.model.Document;
import org.newskg.store.DocumentInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Re-ingesting a feed never loses an article that is still in it: items are identified by id,
 * else url, else text, never by position. The same feed is changed between runs (an item
 * prepended, the order shuffled, an item removed, an item edited) and the store is checked after
 * each run against the texts of the feed. A fake annotator (no CoreNLP), a real TDB2 store.
 */
class FeedIdentityTest {

    private static final String A = json("id", "a-1", "Alpha article text.");
    private static final String B = json("url", "https://example.org/b", "Bravo article text.");
    private static final String C = json(null, null, "Charlie article text, no id and no url.");
    private static final String D = json("url", "https://example.org/d", "Delta article text.");

    @TempDir
    Path tmp;

    private static String json(String key, String value, String text) {
        String k = key == null ? "" : "\"" + key + "\": \"" + value + "\", ";
        return "{" + k + "\"text\": \"" + text + "\"}";
    }

    private static String text(String line) {
        return line.replaceAll(".*\"text\": \"(.*)\"}", "$1");
    }

    private IngestReport ingest(NewsKg kg, Path feed, String... items) throws Exception {
        Files.writeString(feed, String.join("\n", items) + "\n");
        return kg.ingest(List.of(feed), IngestListener.NONE);
    }

    /** The texts' hashes in the store. */
    private static Set<String> stored(NewsKg kg) {
        return kg.store().documents().stream().map(DocumentInfo::sha256).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> hashes(String... items) {
        Set<String> out = new TreeSet<>();
        for (String i : items) {
            out.add(new Document(text(i), null, null, "x").sha256());
        }
        return out;
    }

    @Test
    void prependingReorderingAndRemovingItemsKeepsEveryArticleStillInTheFeed() throws Exception {
        Path feed = tmp.resolve("feed.jsonl");
        try (NewsKg kg = NewsKg.builder().store(tmp.resolve("store")).threads(2)
                .annotator(FakeAnnotator.reliable()).build()) {
            IngestReport first = ingest(kg, feed, A, B);
            assertEquals(2, first.stored(), first.summary());
            assertEquals(hashes(A, B), stored(kg));

            IngestReport prepended = ingest(kg, feed, C, A, B);
            assertEquals(1, prepended.stored(), prepended.summary());
            assertEquals(2, prepended.unchanged(), prepended.summary());
            assertEquals(hashes(A, B, C), stored(kg));

            IngestReport again = ingest(kg, feed, C, A, B);
            assertEquals(3, again.unchanged(), again.summary());
            assertEquals(hashes(A, B, C), stored(kg));

            ingest(kg, feed, B, D, C, A);
            assertEquals(hashes(A, B, C, D), stored(kg));

            ingest(kg, feed, D, A);
            assertEquals(hashes(A, B, C, D), stored(kg), "an item gone from the feed is not deleted by ingest");

            String editedA = json("id", "a-1", "Alpha article text, corrected.");
            String editedB = json("url", "https://example.org/b", "Bravo article text, updated.");
            IngestReport edited = ingest(kg, feed, editedB, D, editedA);
            assertEquals(2, edited.stored(), edited.summary());
            assertEquals(hashes(editedA, editedB, C, D), stored(kg), "an edited item replaces its own old version only");
            assertTrue(kg.validateStore().conforms());
        }
    }

    @Test
    void twoItemsWithOneIdentityAreBothReportedAndTheLaterKept() throws Exception {
        Path feed = tmp.resolve("feed.jsonl");
        String first = json("url", "https://example.org/same", "The first version.");
        String later = json("url", "https://example.org/same", "The later version.");
        try (NewsKg kg = NewsKg.builder().store(tmp.resolve("store")).threads(2)
                .annotator(FakeAnnotator.reliable()).build()) {
            IngestReport r = ingest(kg, feed, first, A, later);
            assertEquals(1, r.duplicates(), r.summary());
            assertTrue(r.summary().contains("1 replaced by a later item"), r.summary());
            assertEquals(hashes(later, A), stored(kg));

            IngestReport swapped = ingest(kg, feed, later, A, first);
            assertEquals(1, swapped.duplicates(), swapped.summary());
            assertEquals(hashes(first, A), stored(kg));
        }
    }

    @Test
    void jsonArrayItemsAreIdentifiedTheSameWay() throws Exception {
        Path feed = tmp.resolve("feed.json");
        try (NewsKg kg = NewsKg.builder().store(tmp.resolve("store")).annotator(FakeAnnotator.reliable()).build()) {
            Files.writeString(feed, "[" + A + "," + B + "]");
            kg.ingest(List.of(feed), IngestListener.NONE);
            Files.writeString(feed, "[" + C + "," + A + "," + B + "]");
            IngestReport r = kg.ingest(List.of(feed), IngestListener.NONE);
            assertEquals(2, r.unchanged(), r.summary());
            assertEquals(hashes(A, B, C), stored(kg));
        }
    }
}
