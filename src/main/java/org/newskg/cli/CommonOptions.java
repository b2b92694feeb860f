package org.newskg.cli;

import org.newskg.NewsKg;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command takes: the store, and --stacktrace. */
final class CommonOptions {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newskg-store",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--stacktrace", description = "print the stack trace of a failure")
    boolean stacktrace;

    /** A NewsKG over this store with default settings. */
    NewsKg.Builder builder() {
        return NewsKg.builder().store(store);
    }
}
