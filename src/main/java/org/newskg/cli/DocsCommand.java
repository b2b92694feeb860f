package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.store.DocumentInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code newskg docs}: lists documents, or removes one. */
@Command(name = "docs", description = "List the stored documents.", subcommands = DocsCommand.Remove.class)
final class DocsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        try (NewsKg kg = common.builder().build()) {
            for (DocumentInfo d : kg.store().documents()) {
                System.out.println(String.join("\t", d.iri(), nz(d.date()), nz(d.source()), nz(d.title()),
                        d.tripleCount() + " triples"));
            }
        }
        return Errors.OK;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** {@code newskg docs remove IRI|SOURCE}. */
    @Command(name = "remove", description = "Remove a document (by IRI or source path) and its graph.")
    static final class Remove implements Callable<Integer> {

        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "IRI|SOURCE")
        String which;

        @Override
        public Integer call() {
            try (NewsKg kg = common.builder().build()) {
                String iri = kg.store().documents().stream()
                        .filter(d -> d.iri().equals(which) || which.equals(d.source()) || which.equals(d.sha256()))
                        .map(DocumentInfo::iri).findFirst()
                        .orElseThrow(() -> new Errors.UsageError("no document " + which + " (see 'newskg docs')"));
                kg.store().removeDocument(iri);
                System.out.println("removed " + iri);
            }
            return Errors.OK;
        }
    }
}
