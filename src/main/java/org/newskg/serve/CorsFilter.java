package org.newskg.serve;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-origin reads of query results for named origins only, in place of Fuseki's filter
 * (which echoes any origin, {@code null} included, and allows credentials and every method).
 * A GET or POST from a listed origin gets {@code Access-Control-Allow-Origin} with that
 * origin; a preflight for GET or POST with at most {@code Accept} and {@code Content-Type}
 * is answered with 204. Credentials are never allowed. Any other origin gets no CORS header,
 * so browsers keep other sites' pages from reading the answer.
 */
final class CorsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> METHODS = Set.of("GET", "POST");
    private static final Set<String> HEADERS = Set.of("accept", "content-type");

    private final Set<String> origins;

    CorsFilter(List<String> origins) {
        this.origins = Set.copyOf(origins.stream().map(CorsFilter::origin).toList());
    }

    /**
     * An origin as browsers send it: {@code scheme://host[:port]}, lower case, no path.
     *
     * @throws IllegalArgumentException for anything else ({@code *} and {@code null} included)
     */
    static String origin(String value) {
        String v = value.trim();
        URI uri;
        try {
            uri = new URI(v);
        } catch (Exception e) {
            throw new IllegalArgumentException("--cors wants an origin such as http://localhost:8080, not '" + value + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null
                || !bare || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("--cors wants an origin such as http://localhost:8080, not '" + value + "'");
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String origin = req.getHeader("Origin");
        if (origin == null || !origins.contains(origin.toLowerCase(Locale.ROOT))) {
            chain.doFilter(req, res);
            return;
        }
        res.addHeader("Vary", "Origin");
        String asked = req.getHeader("Access-Control-Request-Method");
        if (req.getMethod().equals("OPTIONS") && asked != null) {
            if (METHODS.contains(asked) && headersAllowed(req.getHeader("Access-Control-Request-Headers"))) {
                res.setHeader("Access-Control-Allow-Origin", origin);
                res.setHeader("Access-Control-Allow-Methods", "GET, POST");
                res.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
                res.setHeader("Access-Control-Max-Age", "600");
            }
            res.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (METHODS.contains(req.getMethod())) {
            res.setHeader("Access-Control-Allow-Origin", origin);
        }
        chain.doFilter(req, res);
    }

    private static boolean headersAllowed(String list) {
        if (list == null || list.isBlank()) {
            return true;
        }
        for (String h : list.split(",")) {
            if (!h.isBlank() && !HEADERS.contains(h.trim().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
