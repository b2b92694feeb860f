package org.newskg.cli;

import org.newskg.NewsKg;
import org.newskg.serve.ServerSettings;
import org.newskg.serve.SparqlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code newskg serve}: the read-only SPARQL endpoint and the browser page. */
@Command(name = "serve", description = "Serve the store: SPARQL at /newskg/sparql (read-only) and a page at /.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "query timeout (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--no-cors", description = "do not send CORS headers")
    boolean noCors;

    @Override
    public Integer call() {
        ServerSettings settings = ServerSettings.defaults().withHost(host).withPort(port)
                .withTimeoutMillis(timeoutSeconds * 1000).withCors(!noCors);
        if (!settings.loopbackOnly()) {
            System.err.println("newskg: warning: --host " + host + " makes the endpoint reachable from other machines");
        }
        try (NewsKg kg = common.builder().build(); SparqlServer server = kg.serve(settings)) {
            System.out.println("SPARQL endpoint: " + server.endpoint());
            System.out.println("Page:            " + server.baseUrl());
            System.out.println("Stop with Ctrl-C.");
            server.join();
        }
        return Errors.OK;
    }
}
