package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.query.ServicePolicy;
import org.newskg.serve.BindAddress;
import org.newskg.serve.ServerSettings;
import org.newskg.serve.SparqlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newskg serve}: the read-only SPARQL endpoint and the browser page. */
@Command(name = "serve", description = "Serve the store: SPARQL at /newskg/sparql (read-only) and a page at /.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address (or name) of this machine to bind, exactly; 0.0.0.0 or :: for all interfaces (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "query time limit, parsing and functions included (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--max-query-bytes", paramLabel = "BYTES", defaultValue = "262144",
            description = "largest query accepted; larger ones get HTTP 413 (default: ${DEFAULT-VALUE})")
    long maxQueryBytes;

    @Option(names = "--max-result-rows", paramLabel = "ROWS", defaultValue = "500000",
            description = "most rows in one SELECT answer (answers are gathered before sending); more get HTTP 503 (default: ${DEFAULT-VALUE})")
    long maxResultRows;

    @Option(names = "--cors", paramLabel = "ORIGIN", split = ",",
            description = "let pages of this origin (e.g. http://localhost:8080) read query results; repeatable; default none")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--allow-service", paramLabel = "HOST[:PORT]", split = ",",
            description = "let queries call SERVICE on these hosts only; default none (no outbound requests)")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--no-cors", hidden = true, description = "no CORS headers (now the default; kept for old scripts)")
    boolean noCors;

    @Override
    public Integer call() {
        if (noCors && !corsOrigins.isEmpty()) {
            throw new Errors.UsageError("--no-cors and --cors contradict each other");
        }
        ServerSettings settings = ServerSettings.defaults().withHost(host).withPort(port)
                .withTimeoutMillis(timeoutSeconds * 1000).withMaxQueryBytes(maxQueryBytes).withMaxResultRows(maxResultRows)
                .withCorsOrigins(corsOrigins).withServices(ServicePolicy.allowing(allowService))
                .withStacktrace(common.stacktrace);
        BindAddress bind = BindAddress.resolve(host);
        PrintWriter err = common.command.commandLine().getErr();
        if (!bind.loopback()) {
            String literal = bind.literal();
            err.println("newskg: warning: --host " + host + (literal.equals(host) ? "" : " (" + literal + ")")
                    + " makes the endpoint reachable from other machines (it has no authentication)");
            err.flush();
        }
        try (NewsKg kg = common.builder().build(); SparqlServer server = kg.serve(settings)) {
            PrintWriter out = common.command.commandLine().getOut();
            out.println("SPARQL endpoint: " + server.endpoint());
            out.println("Page:            " + server.baseUrl());
            out.println("Stop with Ctrl-C.");
            out.flush();
            server.join();
        }
        return Errors.OK;
    }
}
