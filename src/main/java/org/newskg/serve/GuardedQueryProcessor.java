package org.newskg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.web.HttpSC;
import org.newskg.query.QueryFailure;
import org.newskg.query.QueryGuard;
import org.newskg.query.ServiceRefusedException;
import org.newskg.query.SparqlRunner;

/**
 * Fuseki's SPARQL query operation with limits that hold: a query larger than the limit gets
 * 413; one that does not parse, is nested too deeply or names a refused SERVICE gets 400; the
 * time limit starts when the request arrives and stops parsing too (503); SELECT results are
 * gathered in full before the first byte is sent, so a query that times out gets 503, never a
 * 200 with a truncated body (at most {@link ServerSettings#maxResultRows()} rows; more get 503).
 * No failure message carries what a remote endpoint answered, and
 * the log gets one line per failure (the stack trace only with {@code stacktrace}).
 */
final class GuardedQueryProcessor extends SPARQL_QueryDataset {

    private final QueryGuard guard;
    private final long timeoutMillis;
    private final long maxQueryBytes;
    private final long maxResultRows;
    private final boolean stacktrace;

    GuardedQueryProcessor(QueryGuard guard, ServerSettings settings) {
        this.guard = guard;
        this.timeoutMillis = settings.timeoutMillis();
        this.maxQueryBytes = settings.maxQueryBytes();
        this.maxResultRows = settings.maxResultRows();
        this.stacktrace = settings.stacktrace();
    }

    @Override
    protected void executeBody(HttpAction action) {
        byte[] bytes;
        try (InputStream in = action.getRequestInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxQueryBytes + 1));
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the query: " + e.getMessage());
            return;
        }
        if (bytes.length > maxQueryBytes) {
            tooLarge();
        }
        try {
            String query = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            execute(query, action);
        } catch (CharacterCodingException e) {
            ServletOps.errorBadRequest("the query is not valid UTF-8");
        }
    }

    private void tooLarge() {
        ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "query larger than " + maxQueryBytes + " bytes");
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        long start = System.nanoTime();
        if (queryString == null || queryString.isBlank()) {
            ServletOps.errorBadRequest("SPARQL Query: empty query string");
        }
        if (queryString.length() > maxQueryBytes
                || queryString.getBytes(StandardCharsets.UTF_8).length > maxQueryBytes) {
            tooLarge();
        }
        action.log.info(String.format("[%d] Query = %s", action.id, ServletOps.formatForLog(queryString)));
        Query query = parse(queryString, start, action);
        long remaining = remainingMillis(start);
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> p = decideDataset(action, query, queryString);
            Query q = p.getRight() == null ? query : p.getRight();
            try (QueryExec qExec = build(action, q, p.getLeft(), remaining)) {
                QueryExecResult result = executeQuery(action, qExec, query, queryString);
                sendResults(action, result, query.getPrologue());
            }
        } catch (ActionErrorException e) {
            throw e;
        } catch (QueryCancelledException e) {
            fail(action, HttpSC.SERVICE_UNAVAILABLE_503, "query timed out after " + timeoutMillis + " ms", e);
        } catch (ServiceRefusedException e) {
            fail(action, HttpSC.BAD_REQUEST_400, e.getMessage(), e);
        } catch (QueryExceptionHTTP e) {
            fail(action, HttpSC.BAD_GATEWAY_502, SparqlRunner.remoteFailure(e), e);
        } catch (HttpException e) {
            fail(action, HttpSC.BAD_GATEWAY_502, "SERVICE call failed: the remote endpoint could not be reached", e);
        } catch (QueryParseException e) {
            fail(action, HttpSC.BAD_REQUEST_400, "query cannot run: " + firstLine(e), e);
        } catch (StackOverflowError e) {
            fail(action, HttpSC.BAD_REQUEST_400, "query is nested too deeply to run (split it, or use VALUES)", e);
        } catch (RuntimeException e) {
            fail(action, HttpSC.INTERNAL_SERVER_ERROR_500, "query failed (the server log has details)", e);
        } finally {
            action.endRead();
        }
    }

    private Query parse(String queryString, long start, HttpAction action) {
        try {
            return guard.parse(queryString, start, Fuseki.BaseParserSPARQL);
        } catch (QueryFailure e) {
            fail(action, QueryGuard.timedOut(e) ? HttpSC.SERVICE_UNAVAILABLE_503 : HttpSC.BAD_REQUEST_400, e.getMessage(), e);
            throw e;
        }
    }

    /** What is left of the time limit after parsing; 503 when nothing is. */
    private long remainingMillis(long start) {
        if (timeoutMillis <= 0) {
            return 0;
        }
        long remaining = timeoutMillis - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (remaining <= 0) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "query timed out after " + timeoutMillis + " ms (while parsing)");
        }
        return remaining;
    }

    private QueryExec build(HttpAction action, Query query, DatasetGraph dataset, long remainingMillis) {
        QueryExecDatasetBuilder builder = QueryExec.newBuilder().dataset(dataset).query(query)
                .context(action.getContext());
        long limit = Math.max(remainingMillis, 0);
        long asked = protocolTimeoutMillis(action);
        if (asked > 0) {
            limit = limit > 0 ? Math.min(limit, asked) : asked;
        }
        if (limit > 0) {
            builder.overallTimeout(limit, TimeUnit.MILLISECONDS);
        }
        return builder.build();
    }

    /** The SPARQL protocol's {@code timeout} parameter, in seconds; it can only lower the limit. */
    private static long protocolTimeoutMillis(HttpAction action) {
        String t = action.getRequestParameter("timeout");
        if (t == null) {
            return 0;
        }
        try {
            double seconds = Double.parseDouble(t.trim());
            return seconds > 0 ? Math.max(1, (long) (seconds * 1000)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** SELECT rows are gathered in full here, inside the time limit, before anything is written. */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String log) {
        if (requestQuery.isSelectType()) {
            RowSet rows = queryExec.select();
            List<Binding> kept = new ArrayList<>();
            while (rows.hasNext()) {
                if (kept.size() >= maxResultRows) {
                    ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "the result has more than " + maxResultRows
                            + " rows: add LIMIT, or start the server with a larger --max-result-rows");
                }
                kept.add(rows.next());
            }
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        }
        return super.executeQuery(action, queryExec, requestQuery, log);
    }

    private void fail(HttpAction action, int status, String message, Throwable e) {
        String line = String.format("[%d] %d %s", action.id, status, message)
                + (status >= 500 && status != HttpSC.BAD_GATEWAY_502 && e != null ? " (" + e.getClass().getSimpleName() + ": " + firstLine(e) + ")" : "");
        if (stacktrace) {
            action.log.warn(line, e);
        } else {
            action.log.warn(line);
        }
        ServletOps.error(status, message);
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
