package org.newskg.store;

import java.nio.file.Path;

/** Test helper run in a child JVM: opens a store, says "open", then sleeps until killed. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (KgStore store = KgStore.open(Path.of(args[0]))) {
            System.out.println("open " + store.directory());
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]));
        }
    }
}
