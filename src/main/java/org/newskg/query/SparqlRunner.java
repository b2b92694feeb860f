package org.newskg.query;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 */
public final class SparqlRunner {

    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

    private final long timeoutMillis;

    /** A runner without a time limit. */
    public SparqlRunner() {
        this(0);
    }

    /**
     * A runner that stops queries running longer than the limit.
     *
     * @param timeoutMillis the limit in milliseconds; 0 or less for none
     */
    public SparqlRunner(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
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
        Query query = parse(sparql);
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> execute(dsg, query, qe -> write(qe, query, resultFormat, out)));
    }

    /**
     * Runs a SELECT query and returns all its results in memory.
     *
     * @throws QueryFailure for a malformed query, a query that is not a SELECT, or a timeout
     */
    public ResultSetRewindable select(KgStore store, String sparql) {
        Query query = parse(sparql);
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
            String message = parserMessage(e);
            throw new QueryFailure("malformed SPARQL at " + position(e, message) + ": " + message, e);
        }
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
        if (timeoutMillis > 0) {
            builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        try (QueryExecution qe = builder.build()) {
            action.accept(qe);
        } catch (QueryCancelledException e) {
            throw new QueryFailure("query timed out after " + timeoutMillis + " ms", e);
        } catch (QueryException e) {
            throw new QueryFailure("query failed: " + firstLine(e), e);
        }
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
