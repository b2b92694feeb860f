package org.newskg.store;

import org.newskg.model.EntityType;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Developer tool, not a test: milliseconds per stored document of the store-level entity
 * resolution as the store grows, with synthetic documents of four people each (each document a
 * full name and a surname-only mention of someone named elsewhere). Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.newskg.store.EntityIdentityTiming 2000}.
 */
public final class EntityIdentityTiming {

    private EntityIdentityTiming() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Files.createTempDirectory("entity-timing");
        try (KgStore store = KgStore.open(dir)) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String a = "Anna Person" + i;
                String b = "Bert Person" + (i + 1);
                String c = "Person" + Math.max(0, i - 1);
                StoreDocs.text(a + " met " + b + " and " + c + ".")
                        .entity("person/" + a.toLowerCase().replace(' ', '-'), EntityType.PERSON, a)
                        .entity("person/" + b.toLowerCase().replace(' ', '-'), EntityType.PERSON, b)
                        .entity("person/" + c.toLowerCase(), EntityType.PERSON, c)
                        .into(store);
                if ((i + 1) % Math.max(1, n / 10) == 0) {
                    long now = System.nanoTime();
                    System.out.printf("%d documents: %.1f ms per document (last %d)%n", i + 1,
                            (now - start) / 1e6 / Math.max(1, n / 10), Math.max(1, n / 10));
                    start = now;
                }
            }
        }
    }
}
