package org.newskg.cli;

import org.newskg.NewsKg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code newskg export}: writes the store in an RDF format. */
@Command(name = "export", description = "Write the store as RDF: nq and trig keep document graphs; nt, ttl, jsonld, rdfxml write the union; wa writes each fact's evidence as W3C Web Annotations (JSON-LD).")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--format", defaultValue = "nq", description = "nq, nt, ttl, trig, jsonld, rdfxml, wa, events (CSV of the facts with CAMEO/PLOVER alignment) (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "export one document graph")
    String graph;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to a file (default: standard output)")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (NewsKg kg = common.builder().build()) {
            if (output == null) {
                OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
                kg.export(out, format, Optional.ofNullable(graph));
                out.flush();
                return Errors.OK;
            }
            Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".export", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                kg.export(out, format, Optional.ofNullable(graph));
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
        } catch (UncheckedIOException e) {
            throw e;
        }
        return Errors.OK;
    }
}
