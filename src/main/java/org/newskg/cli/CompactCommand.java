package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code newskg compact}: gives back the disk TDB2 keeps for old transactions. */
@Command(name = "compact", description = "Compact the store: TDB2 keeps the old blocks of every committed"
        + " transaction until compacted. Ingest compacts by itself; this does it now.")
final class CompactCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (NewsKg kg = common.builder().build()) {
            KgStore.Compaction c = kg.store().compact();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("compacted %s: %s -> %s on disk%n", kg.store().directory(), Sizes.human(c.bytesBefore()),
                    Sizes.human(c.bytesAfter()));
            out.flush();
        }
        return Errors.OK;
    }
}
