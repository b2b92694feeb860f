package org.newskg.serve;

import java.util.Objects;

/**
 * How to run the SPARQL server.
 *
 * @param host          interface to listen on: a loopback name or address (127.0.0.1, localhost,
 *                      ::1) listens on loopback only; any other value listens on all interfaces
 * @param port          TCP port; 0 picks a free one
 * @param timeoutMillis query time limit in milliseconds; 0 or less for none
 * @param cors          answer cross-origin requests from browsers
 */
public record ServerSettings(String host, int port, long timeoutMillis, boolean cors) {

    /** Default host. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Default port. */
    public static final int DEFAULT_PORT = 3030;
    /** Default query time limit: 30 s. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 30_000;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
    }

    /** 127.0.0.1, port 3030, 30 s, CORS on. */
    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT_MILLIS, true);
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, timeoutMillis, cors);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, timeoutMillis, cors);
    }

    public ServerSettings withTimeoutMillis(long t) {
        return new ServerSettings(host, port, t, cors);
    }

    public ServerSettings withCors(boolean c) {
        return new ServerSettings(host, port, timeoutMillis, c);
    }

    /** True when the host names the loopback interface. */
    public boolean loopbackOnly() {
        return host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost") || host.equals("::1")
                || host.equals("[::1]");
    }
}
