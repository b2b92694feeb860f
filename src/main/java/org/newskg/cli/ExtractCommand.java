package org.newskg.cli;

import org.newskg.NewsKg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newskg extract FILE}: prints one document's graph without storing it. */
@Command(name = "extract", description = "Print the graph of one document (TriG by default) without storing it.")
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    ReadingOptions reading;

    @Parameters(paramLabel = "FILE", description = "an article file")
    Path file;

    @Option(names = "--format", defaultValue = "trig", description = "trig or nq (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        try (NewsKg kg = common.builder().update(reading::apply).build()) {
            kg.extractFile(file, format, System.out);
        }
        System.out.flush();
        return Errors.OK;
    }
}
