package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.query.CannedQueries;
import org.newskg.query.CannedQuery;
import org.newskg.query.ServicePolicy;
import org.newskg.query.SparqlRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code newskg query}: a SPARQL string, a file, or a canned query with parameters. */
@Command(name = "query", description = "Run SPARQL over the store (the union of document graphs is the default graph).")
final class QueryCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "SPARQL query text")
        String text;

        @Option(names = {"-f", "--file"}, paramLabel = "FILE.rq", description = "read the query from a file")
        Path file;

        @Option(names = "--canned", paramLabel = "NAME", description = "run a canned query (see 'newskg queries')")
        String canned;
    }

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a canned query's parameter")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv, json, xml (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0", description = "stop the query after this long (0: never)")
    long timeoutSeconds;

    @Option(names = "--allow-service", paramLabel = "HOST[:PORT]", split = ",",
            description = "let the query call SERVICE on these hosts only; default none (no outbound requests)")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--queries", paramLabel = "DIR", description = "folder of canned queries (default: the bundled ones)")
    Path queriesDir;

    @Override
    public Integer call() {
        String sparql = sparql();
        ServicePolicy services = ServicePolicy.allowing(allowService);
        try (NewsKg kg = common.builder().build()) {
            new SparqlRunner(timeoutSeconds * 1000, services).run(kg.store(), sparql, format, System.out);
        }
        System.out.flush();
        return Errors.OK;
    }

    private String sparql() {
        if (source.text != null) {
            return source.text;
        }
        if (source.file != null) {
            try {
                return Files.readString(source.file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source.file + ": " + e.getMessage(), e);
            }
        }
        CannedQueries all = queriesDir == null ? CannedQueries.loadBundled() : CannedQueries.load(queriesDir);
        CannedQuery q = all.get(source.canned).orElseThrow(() -> new Errors.UsageError(
                "no canned query " + source.canned + " (see 'newskg queries')"));
        return CannedQueries.bind(q, params).toString();
    }
}
