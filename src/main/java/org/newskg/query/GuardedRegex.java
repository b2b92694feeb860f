package org.newskg.query;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REGEX} whose match stops when the query times out: Jena's own matcher reads
 * a {@code String} and cannot be stopped once a pattern backtracks over a long literal.
 * Same arguments, flags and errors as Jena's {@link E_Regex}.
 */
final class GuardedRegex extends E_Regex {

    private final long limitNanos;
    private volatile Compiled last;

    GuardedRegex(ExprList args, long limitNanos) {
        super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        this.limitNanos = limitNanos;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        return NodeValue.booleanReturn(match(args, cancelSignal(env)));
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return NodeValue.booleanReturn(match(args, null));
    }

    private boolean match(List<NodeValue> args, AtomicBoolean cancelled) {
        NodeValue text = args.get(0);
        if (!text.isString() && !text.isLangString()) {
            throw new ExprEvalException("REGEX: not a string: " + text);
        }
        String pattern = stringArg(args.get(1), "pattern");
        String flags = args.size() > 2 ? stringArg(args.get(2), "flags") : null;
        Pattern p = compiled(pattern, flags);
        return p.matcher(new CancellableChars(text.getString(), cancelled, deadline(limitNanos))).find();
    }

    private Pattern compiled(String pattern, String flags) {
        Compiled c = last;
        if (c == null || !c.pattern.equals(pattern) || !Objects.equals(c.flags, flags)) {
            c = new Compiled(pattern, flags, RegexEngine.makePattern("REGEX", pattern, flags));
            last = c;
        }
        return c.compiled;
    }

    static String stringArg(NodeValue v, String what) {
        if (!v.isString()) {
            throw new ExprEvalException("REGEX: " + what + " is not a string: " + v);
        }
        return v.getString();
    }

    static AtomicBoolean cancelSignal(FunctionEnv env) {
        return env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
    }

    static long deadline(long limitNanos) {
        return limitNanos > 0 ? System.nanoTime() + limitNanos : System.nanoTime() + Long.MAX_VALUE / 2;
    }

    @Override
    public GuardedRegex copy(ExprList newArgs) {
        return new GuardedRegex(newArgs, limitNanos);
    }

    private record Compiled(String pattern, String flags, Pattern compiled) {
    }
}
