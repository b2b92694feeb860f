package org.newskg.query;

import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * What makes a query safe to run for someone else: parsing that turns a query too deeply
 * nested for the parser's stack into a {@link QueryFailure}, the {@link ServicePolicy}, and
 * REGEX and REPLACE that stop when the time limit passes. Used by {@link SparqlRunner} and by
 * the SPARQL server alike.
 */
public final class QueryGuard {

    private final ServicePolicy services;
    private final long timeoutMillis;

    /**
     * @param timeoutMillis the query time limit; 0 or less for none
     */
    public QueryGuard(ServicePolicy services, long timeoutMillis) {
        this.services = services;
        this.timeoutMillis = timeoutMillis;
    }

    /** The SERVICE policy. */
    public ServicePolicy services() {
        return services;
    }

    /**
     * Parses (SPARQL 1.1 with Jena's extensions, as Fuseki does) within the time limit, counted
     * from now, and applies the SERVICE policy.
     *
     * @throws QueryFailure for a malformed, too deeply nested or too slow to parse query, or a
     *                      refused SERVICE
     */
    public Query parse(String sparql) {
        return parse(sparql, System.nanoTime(), null);
    }

    /**
     * As {@link #parse(String)}, with the time limit counted from {@code startNanos}
     * ({@link System#nanoTime()} when the request arrived) and relative IRIs resolved against
     * {@code baseIri} (null for the system base).
     */
    public Query parse(String sparql, long startNanos, String baseIri) {
        long deadline = timeoutMillis > 0 ? startNanos + TimeUnit.MILLISECONDS.toNanos(timeoutMillis)
                : startNanos + Long.MAX_VALUE / 2;
        Query query;
        try {
            query = DeadlineParser.parse(sparql, deadline, baseIri);
        } catch (QueryCancelledException e) {
            throw new QueryFailure("query timed out after " + timeoutMillis + " ms (while parsing)", e);
        } catch (QueryParseException e) {
            if (e.getCause() instanceof StackOverflowError) {
                throw new QueryFailure("query is nested too deeply to parse (split it, or use VALUES)");
            }
            throw SparqlRunner.parseFailure(e);
        } catch (StackOverflowError e) {
            throw new QueryFailure("query is nested too deeply to parse (split it, or use VALUES)");
        }
        try {
            services.check(query);
        } catch (StackOverflowError e) {
            throw new QueryFailure("query is nested too deeply to run (split it, or use VALUES)");
        }
        return query;
    }

    /** True when a failure from {@link #parse} is the time limit rather than the query. */
    public static boolean timedOut(QueryFailure failure) {
        return failure.getCause() instanceof QueryCancelledException;
    }

    /**
     * Sets up an execution context: the SERVICE policy (registry and HTTP switches) and an
     * optimizer that first swaps Jena's REGEX and REPLACE for versions that stop at the limit.
     */
    public Context install(Context context) {
        services.install(context, timeoutMillis);
        long limitNanos = timeoutMillis > 0 ? TimeUnit.MILLISECONDS.toNanos(timeoutMillis) : 0;
        RewriteFactory standard = Optimize.getFactory();
        RewriteFactory guarded = cxt -> op -> standard.create(cxt).rewrite(guardFunctions(op, limitNanos));
        context.set(ARQConstants.sysOptimizerFactory, guarded);
        return context;
    }

    static Op guardFunctions(Op op, long limitNanos) {
        ExprTransformCopy swap = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof GuardedRegex)) {
                    return new GuardedRegex(args, limitNanos);
                }
                if (func instanceof E_StrReplace && !(func instanceof GuardedReplace)) {
                    return new GuardedReplace(args, limitNanos);
                }
                return super.transform(func, args);
            }
        };
        return Transformer.transform(new TransformCopy(), swap, op);
    }
}
