package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code newskg stats}: counts, statements in quarantine, and the size on disk. */
@Command(name = "stats", description = "Count documents, entities, facts, quotes, triples and quarantined"
        + " statements; show the store's size on disk.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (NewsKg kg = common.builder().build()) {
            StoreStats s = kg.store().stats();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("documents    %d%nentities     %d%nfacts        %d%nquotes       %d%ntriples      %d%n"
                            + "quarantined  %d%non disk      %s%n",
                    s.documents(), s.entities(), s.facts(), s.quotes(), s.triples(), s.quarantined(),
                    Sizes.human(s.bytesOnDisk()));
            out.flush();
        }
        return Errors.OK;
    }
}
