package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.model.Options;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code newskg extract FILE}: prints one document's graph without storing it. */
@Command(name = "extract", description = "Print the graph of one document (TriG by default) without storing it.")
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "an article file")
    Path file;

    @Option(names = "--format", defaultValue = "trig", description = "trig or nq (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date if the file gives none")
    LocalDate date;

    @Option(names = "--cache", paramLabel = "DIR", description = "annotation cache folder")
    Path cache;

    @Override
    public Integer call() {
        try (NewsKg kg = NewsKg.builder().options(Options.defaults().withCacheDir(cache).withDefaultDate(date)).build()) {
            kg.extractFile(file, format, System.out);
        }
        System.out.flush();
        return Errors.OK;
    }
}
