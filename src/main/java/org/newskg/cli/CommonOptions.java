package org.newskg.cli;

import org.newskg.NewsKg;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** Options every command takes: the store, and --stacktrace. */
final class CommonOptions {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newskg-store",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--stacktrace", description = "print the stack trace of a failure")
    boolean stacktrace;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** A NewsKG over this store with default settings (and the program's setup, if any). */
    NewsKg.Builder builder() {
        CommandSpec top = command;
        while (top.parent() != null) {
            top = top.parent();
        }
        NewsKg.Builder b = NewsKg.builder().store(store);
        return top.userObject() instanceof NewsKgCommand program ? program.setUp(b) : b;
    }
}
