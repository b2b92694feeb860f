package org.newskg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a request before Fuseki reads it: a body or query string that cannot hold a query
 * within the size limit (even URL-encoded) gets 413 before it is read; parameters that are
 * not valid URL encoding or UTF-8 get 400 with one line, where Fuseki answered 500.
 */
final class RequestLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RequestLimitFilter.class);

    private final long maxQueryBytes;
    private final long maxEncodedBytes;

    RequestLimitFilter(long maxQueryBytes) {
        this.maxQueryBytes = maxQueryBytes;
        this.maxEncodedBytes = encodedLimit(maxQueryBytes);
    }

    /** The most bytes a query of {@code max} bytes takes URL-encoded, with room for other parameters. */
    static long encodedLimit(long max) {
        return 3 * max + 4096;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String queryString = req.getQueryString();
        long length = req.getContentLengthLong();
        if (length > maxEncodedBytes || queryString != null && queryString.length() > maxEncodedBytes) {
            refuse(req, res, 413, "query larger than " + maxQueryBytes + " bytes");
            return;
        }
        try {
            req.getParameterMap();
        } catch (RuntimeException e) {
            boolean tooLarge = String.valueOf(e.getMessage()).toLowerCase().contains("too large")
                    || String.valueOf(e.getMessage()).toLowerCase().contains("larger than");
            refuse(req, res, tooLarge ? 413 : 400, tooLarge ? "query larger than " + maxQueryBytes + " bytes"
                    : "bad request: parameters are not valid URL encoding or UTF-8");
            return;
        }
        chain.doFilter(req, res);
    }

    private static void refuse(HttpServletRequest req, HttpServletResponse res, int status, String message)
            throws IOException {
        LOG.warn("{} {} {}", status, req.getRequestURI(), message);
        res.setStatus(status);
        res.setContentType("text/plain;charset=utf-8");
        res.setHeader("Connection", "close");
        res.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
