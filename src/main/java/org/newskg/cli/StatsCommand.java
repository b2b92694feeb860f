package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code newskg stats}: counts. */
@Command(name = "stats", description = "Count documents, entities, facts, quotes and triples.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        try (NewsKg kg = common.builder().build()) {
            StoreStats s = kg.store().stats();
            System.out.printf("documents %d%nentities  %d%nfacts     %d%nquotes    %d%ntriples   %d%n",
                    s.documents(), s.entities(), s.facts(), s.quotes(), s.triples());
        }
        return Errors.OK;
    }
}
