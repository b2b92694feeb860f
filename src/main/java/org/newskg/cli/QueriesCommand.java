package org.newskg.cli;

import org.newskg.query.CannedQueries;
import org.newskg.query.CannedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newskg queries}: lists the canned queries and their parameters. */
@Command(name = "queries", description = "List the canned queries with their parameters.")
final class QueriesCommand implements Callable<Integer> {

    @Option(names = "--queries", paramLabel = "DIR", description = "folder of canned queries (default: the bundled ones)")
    Path queriesDir;

    @Override
    public Integer call() {
        CannedQueries all = queriesDir == null ? CannedQueries.loadBundled() : CannedQueries.load(queriesDir);
        for (CannedQuery q : all.all()) {
            System.out.println(q.name() + "  " + q.description());
            for (CannedQuery.Param p : q.params()) {
                System.out.println("    --param " + p.name() + "=...  " + (p.required() ? "(required) " : "(optional) ")
                        + p.description());
            }
        }
        return Errors.OK;
    }
}
