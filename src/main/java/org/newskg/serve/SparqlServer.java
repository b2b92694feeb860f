package org.newskg.serve;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newskg.query.QueryGuard;
import org.newskg.store.KgStore;

/**
 * A read-only SPARQL endpoint over a store: embedded Fuseki serving the dataset
 * {@value #DATASET} with the endpoints {@code sparql} and {@code query} (SPARQL query) and
 * {@code get} (Graph Store Protocol, read). There is no update, upload or graph-store write:
 * such requests are refused with a 4xx status. The default graph of queries is the union of
 * the document graphs and the meta graph. The server binds exactly the address asked for,
 * answers on loopback only requests addressed to localhost (no DNS rebinding), sends no
 * CORS header unless origins are named, refuses SERVICE unless hosts are allowed,
 * and holds queries to a size and a time limit ({@link ServerSettings},
 * {@link GuardedQueryProcessor}). The page of classpath folder {@code /newskg-web/} is
 * served at {@code /}.
 */
public final class SparqlServer implements AutoCloseable {

    /** The dataset's path on the server. */
    public static final String DATASET = "/newskg";
    private static final String WEB_ROOT = "/newskg-web/";

    private final FusekiServer server;
    private final String host;

    private SparqlServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /**
     * Starts serving a store; returns once the server listens.
     *
     * @throws ServerException when the server cannot start (port in use, for one)
     */
    public static SparqlServer start(KgStore store, ServerSettings settings) {
        BindAddress bind = BindAddress.resolve(settings.host());
        QueryGuard guard = new QueryGuard(settings.services(), settings.timeoutMillis());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .enableCors(false)
                .registerOperation(Operation.Query, new GuardedQueryProcessor(guard, settings))
                .addFilter("/*", new RequestLimitFilter(settings.maxQueryBytes()))
                .staticFileBase(webRoot())
                .add(DATASET, dataService(store, guard));
        if (bind.loopback()) {
            builder.addFilter("/*", new HostHeaderFilter(bind, settings.host()));
        }
        if (!settings.corsOrigins().isEmpty()) {
            CorsFilter cors = new CorsFilter(settings.corsOrigins());
            builder.addFilter(DATASET + "/sparql", cors).addFilter(DATASET + "/query", cors);
        }
        FusekiServer server = builder.build();
        bindExactly(server, bind, settings.maxQueryBytes());
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new ServerException("cannot start the SPARQL server on " + bind.urlHost() + ":"
                    + settings.port() + ": " + rootMessage(e), e);
        }
        return new SparqlServer(server, bind.urlHost());
    }

    /** Fuseki binds every interface or "localhost": point its connectors at the one address asked for. */
    private static void bindExactly(FusekiServer server, BindAddress bind, long maxQueryBytes) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(bind.wildcard() ? null : bind.literal());
            }
        }
        ServletContextHandler handler = server.getJettyServer().getDescendant(ServletContextHandler.class);
        if (handler != null) {
            handler.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE,
                    RequestLimitFilter.encodedLimit(maxQueryBytes)));
        }
    }

    private static DataService dataService(KgStore store, QueryGuard guard) {
        Context context = guard.install(new Context());
        context.set(TDB2.symUnionDefaultGraph, true);
        return DataService.newBuilder(store.datasetGraph())
                .addEndpoint(endpoint(Operation.Query, "sparql", context))
                .addEndpoint(endpoint(Operation.Query, "query", context))
                .addEndpoint(endpoint(Operation.GSP_R, "get", context))
                .build();
    }

    private static Endpoint endpoint(Operation operation, String name, Context context) {
        return Endpoint.create().operation(operation).endpointName(name).context(context).build();
    }

    /** The classpath folder of the web page, as Fuseki's static file base wants it. */
    private static String webRoot() {
        URL url = SparqlServer.class.getResource(WEB_ROOT);
        if (url == null) {
            throw new IllegalStateException("classpath folder " + WEB_ROOT + " is missing");
        }
        if (!url.getProtocol().equals("file")) {
            return url.toExternalForm();
        }
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad classpath URL " + url, e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** The port the server listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** The URL of the server's root, where the page is: http://host:port/. */
    public String baseUrl() {
        return "http://" + host + ":" + port() + "/";
    }

    /** The SPARQL query endpoint: http://host:port/newskg/sparql. */
    public String endpoint() {
        return "http://" + host + ":" + port() + DATASET + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server; the store stays open. */
    @Override
    public void close() {
        server.stop();
    }
}
