package org.newskg.query;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.newskg.store.KgStore;

/**
 * Runs SPARQL queries over a store, in a read transaction. The default graph of a query is the
 * union of the store's named graphs (the store sets this on its dataset), so triples of every
 * document are visible without {@code GRAPH}; {@code GRAPH <doc>} still reaches one document.
 *
 * <p>SELECT and ASK results are written as table, csv, tsv, json or xml; CONSTRUCT and
 * DESCRIBE results are always written as Turtle, whatever the format asked for.
 *
 * <p>Queries run under a {@link QueryGuard}: no SERVICE call unless the {@link ServicePolicy}
 * allows its host (none by default), REGEX and REPLACE stop at the time limit, and no error
 * message carries what a remote endpoint answered.
 */
public final class SparqlRunner {

    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

    private final long timeoutMillis;
    private final QueryGuard guard;

    /** A runner without a time limit, refusing SERVICE. */
    public SparqlRunner() {
        this(0);
    }

    /**
     * A runner that stops queries running longer than the limit and refuses SERVICE.
     *
     * @param timeoutMillis the limit in milliseconds; 0 or less for none
     */
    public SparqlRunner(long timeoutMillis) {
        this(timeoutMillis, ServicePolicy.refuseAll());
    }

    /**
     * A runner with a time limit and a SERVICE policy.
     *
     * @param timeoutMillis the limit in milliseconds; 0 or less for none
     */
    public SparqlRunner(long timeoutMillis, ServicePolicy services) {
        this.timeoutMillis = timeoutMillis;
        this.guard = new QueryGuard(services, timeoutMillis);
    }

    /**
     * Runs a query and writes its results.
     *
     * @param format table, csv, tsv, json or xml (ignored for CONSTRUCT and DESCRIBE: Turtle)
     * @throws QueryFailure             for a malformed query, a timeout or a failure while running
     * @throws IllegalArgumentException for an unknown format
     */
    public void run(KgStore store, String sparql, String format, OutputStream out) {
        ResultFormat resultFormat = ResultFormat.of(format);
        Query query = guard.parse(sparql);
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> execute(dsg, query, qe -> write(qe, query, resultFormat, out)));
    }

    /**
     * Runs a SELECT query and returns all its results in memory.
     *
     * @throws QueryFailure for a malformed query, a query that is not a SELECT, or a timeout
     */
    public ResultSetRewindable select(KgStore store, String sparql) {
        Query query = guard.parse(sparql);
        if (!query.isSelectType()) {
            throw new QueryFailure("not a SELECT query");
        }
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            ResultSetRewindable[] result = new ResultSetRewindable[1];
            execute(dsg, query, qe -> result[0] = qe.execSelect().rewindable());
            return result[0];
        });
    }

    /**
     * Parses a query.
     *
     * @throws QueryFailure "malformed SPARQL at line L, column C: ..." when it does not parse
     */
    public static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw parseFailure(e);
        }
    }

    /** "malformed SPARQL at line L, column C: ..." for a parser's exception. */
    static QueryFailure parseFailure(QueryParseException e) {
        String message = parserMessage(e);
        return new QueryFailure("malformed SPARQL at " + position(e, message) + ": " + message, e);
    }

    /** The position of the offending token: the parser's message names it more exactly than getLine/getColumn. */
    private static String position(QueryParseException e, String message) {
        Matcher m = POSITION.matcher(message);
        String found = null;
        while (m.find()) {
            found = "line " + m.group(1) + ", column " + m.group(2);
        }
        return found != null ? found : "line " + e.getLine() + ", column " + e.getColumn();
    }

    private static String parserMessage(QueryParseException e) {
        String m = e.getMessage() == null ? "syntax error" : e.getMessage();
        return m.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse("syntax error");
    }

    private void execute(DatasetGraph dsg, Query query, Consumer<QueryExecution> action) {
        QueryExecutionDatasetBuilder builder = QueryExecutionDatasetBuilder.create()
                .dataset(DatasetFactory.wrap(dsg)).query(query);
        Context guarded = guard.install(new Context());
        guarded.keys().forEach(k -> builder.set(k, guarded.get(k)));
        if (timeoutMillis > 0) {
            builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        try (QueryExecution qe = builder.build()) {
            action.accept(qe);
        } catch (QueryCancelledException e) {
            throw new QueryFailure("query timed out after " + timeoutMillis + " ms", e);
        } catch (ServiceRefusedException e) {
            throw new QueryFailure(e.getMessage(), e);
        } catch (QueryExceptionHTTP e) {
            throw new QueryFailure(remoteFailure(e), e);
        } catch (HttpException e) {
            throw new QueryFailure("SERVICE call failed: the remote endpoint could not be reached", e);
        } catch (QueryException e) {
            // With federation on, a message may quote what a remote endpoint sent: leave it out.
            throw new QueryFailure(guard.services().refusesAll() ? "query failed: " + firstLine(e)
                    : "query failed (run again with --stacktrace for details)", e);
        } catch (StackOverflowError e) {
            throw new QueryFailure("query is nested too deeply to run (split it, or use VALUES)");
        }
    }

    /**
     * What to say when an allowed SERVICE call failed: the status only, never the remote
     * answer (Jena's message quotes the response body).
     */
    public static String remoteFailure(QueryExceptionHTTP e) {
        return e.getStatusCode() > 0
                ? "SERVICE call failed: the remote endpoint answered HTTP " + e.getStatusCode()
                : "SERVICE call failed: the remote endpoint could not be reached";
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    private static void write(QueryExecution qe, Query query, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            writeSelect(qe.execSelect(), query, format, out);
        } else if (query.isAskType()) {
            writeAsk(qe.execAsk(), format, out);
        } else if (query.isConstructType() || query.isDescribeType()) {
            Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            model.setNsPrefixes(query.getPrefixMapping());
            RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
        } else {
            throw new QueryFailure("unsupported query type: " + query.queryType());
        }
    }

    private static void writeSelect(ResultSet rs, Query query, ResultFormat format, OutputStream out) {
        if (format == ResultFormat.TABLE) {
            ResultSetFormatter.out(out, rs, query.getPrefixMapping());
        } else {
            ResultsWriter.create().lang(format.lang()).write(out, rs);
        }
    }

    private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        if (format == ResultFormat.TABLE) {
            ResultSetFormatter.out(out, answer);
        } else {
            ResultsWriter.create().lang(format.lang()).write(out, answer);
        }
    }
}
