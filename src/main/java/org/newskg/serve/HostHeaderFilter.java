package org.newskg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a loopback address, answers only requests whose {@code Host} names this machine's
 * loopback ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}, the bound address or the name
 * given to {@code --host}), with 421 otherwise. This stops DNS rebinding: a page whose own
 * name has been pointed at 127.0.0.1 is same-origin with itself, not with this server, and
 * its requests carry its own name.
 */
final class HostHeaderFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HostHeaderFilter.class);

    private final Set<String> names;

    HostHeaderFilter(BindAddress bind, String hostOption) {
        String option = hostOption.trim().toLowerCase(Locale.ROOT);
        if (option.contains(":") && !option.startsWith("[")) {
            option = "[" + option + "]";
        }
        this.names = Set.copyOf(new HashSet<>(List.of("localhost", "127.0.0.1", "[::1]",
                bind.urlHost().toLowerCase(Locale.ROOT), option)));
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String host = req.getHeader("Host");
        if (host != null && !names.contains(withoutPort(host.trim().toLowerCase(Locale.ROOT)))) {
            LOG.warn("421 {} refused: Host {} is not this machine's loopback", req.getRequestURI(), host);
            res.setStatus(421);
            res.setContentType("text/plain;charset=utf-8");
            res.getOutputStream().write(("this server answers requests for localhost only, not " + host + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(req, res);
    }

    private static String withoutPort(String host) {
        int colon = host.lastIndexOf(':');
        boolean bracketed = host.startsWith("[");
        if (colon < 0 || bracketed && colon < host.indexOf(']')) {
            return host;
        }
        return host.substring(0, colon);
    }
}
