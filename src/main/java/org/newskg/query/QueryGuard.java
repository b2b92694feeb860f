package org.newskg.query;

import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
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
     * Parses (SPARQL 1.1 with Jena's extensions, as Fuseki does) and applies the SERVICE policy.
     *
     * @throws QueryFailure for a malformed or too deeply nested query, or a refused SERVICE
     */
    public Query parse(String sparql) {
        Query query;
        try {
            query = QueryFactory.create(sparql, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
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
