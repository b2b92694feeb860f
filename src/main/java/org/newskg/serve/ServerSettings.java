package org.newskg.serve;

import java.util.List;
import java.util.Objects;

import org.newskg.query.ServicePolicy;

/**
 * How to run the SPARQL server. The defaults are the safe ones: loopback only, no SERVICE
 * calls, no cross-origin reads, a 30 s limit covering parsing and every function, 256 KB
 * queries at most.
 *
 * @param host          address or name to bind, exactly: it must be an address of this
 *                      machine ({@link BindAddress}); 0.0.0.0 or :: for every interface
 * @param port          TCP port; 0 picks a free one
 * @param timeoutMillis query time limit in milliseconds, parsing included; 0 or less for none
 * @param corsOrigins   origins (scheme://host[:port]) whose pages may read query results
 *                      cross-origin; empty for none
 * @param maxQueryBytes largest query accepted, in UTF-8 bytes; larger ones get 413
 * @param maxResultRows most SELECT rows one answer holds: rows are gathered in memory before
 *                      the answer is sent, so a larger result gets 503 rather than a heap
 *                      exhausted
 * @param services      which SERVICE calls queries may make
 * @param stacktrace    log the stack trace of a failed request
 */
public record ServerSettings(String host, int port, long timeoutMillis, List<String> corsOrigins,
                             long maxQueryBytes, long maxResultRows, ServicePolicy services,
                             boolean stacktrace) {

    /** Default host. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Default port. */
    public static final int DEFAULT_PORT = 3030;
    /** Default query time limit: 30 s. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 30_000;
    /** Default largest query: 256 KB. */
    public static final long DEFAULT_MAX_QUERY_BYTES = 256 * 1024;
    /** Default most rows in one SELECT answer: 500,000. */
    public static final long DEFAULT_MAX_RESULT_ROWS = 500_000;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(services, "services");
        corsOrigins = List.copyOf(corsOrigins);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (maxQueryBytes < 1) {
            throw new IllegalArgumentException("the largest query size must be at least 1 byte, not " + maxQueryBytes);
        }
        if (maxResultRows < 1) {
            throw new IllegalArgumentException("the most result rows must be at least 1, not " + maxResultRows);
        }
    }

    /** 127.0.0.1, port 3030, 30 s, no CORS, 256 KB, no SERVICE. */
    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT_MILLIS, List.of(),
                DEFAULT_MAX_QUERY_BYTES, DEFAULT_MAX_RESULT_ROWS, ServicePolicy.refuseAll(), false);
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, timeoutMillis, corsOrigins, maxQueryBytes, maxResultRows, services, stacktrace);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, timeoutMillis, corsOrigins, maxQueryBytes, maxResultRows, services, stacktrace);
    }

    public ServerSettings withTimeoutMillis(long t) {
        return new ServerSettings(host, port, t, corsOrigins, maxQueryBytes, maxResultRows, services, stacktrace);
    }

    /** Origins allowed to read results cross-origin (GET and POST queries, no credentials). */
    public ServerSettings withCorsOrigins(List<String> origins) {
        return new ServerSettings(host, port, timeoutMillis, origins, maxQueryBytes, maxResultRows, services, stacktrace);
    }

    public ServerSettings withMaxQueryBytes(long max) {
        return new ServerSettings(host, port, timeoutMillis, corsOrigins, max, maxResultRows, services, stacktrace);
    }

    public ServerSettings withMaxResultRows(long max) {
        return new ServerSettings(host, port, timeoutMillis, corsOrigins, maxQueryBytes, max, services, stacktrace);
    }

    public ServerSettings withServices(ServicePolicy s) {
        return new ServerSettings(host, port, timeoutMillis, corsOrigins, maxQueryBytes, maxResultRows, s, stacktrace);
    }

    public ServerSettings withStacktrace(boolean s) {
        return new ServerSettings(host, port, timeoutMillis, corsOrigins, maxQueryBytes, maxResultRows, services, s);
    }
}
