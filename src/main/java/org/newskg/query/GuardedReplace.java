package org.newskg.query;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REPLACE} whose match stops when the query times out (see {@link GuardedRegex}).
 * The result keeps the language tag of the input, as Jena's {@link E_StrReplace} does.
 */
final class GuardedReplace extends E_StrReplace {

    private final long limitNanos;

    GuardedReplace(ExprList args, long limitNanos) {
        super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
        this.limitNanos = limitNanos;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        return replace(args, GuardedRegex.cancelSignal(env));
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return replace(args, null);
    }

    private NodeValue replace(List<NodeValue> args, AtomicBoolean cancelled) {
        NodeValue text = args.get(0);
        if (!text.isString() && !text.isLangString()) {
            throw new ExprEvalException("REPLACE: not a string: " + text);
        }
        String pattern = GuardedRegex.stringArg(args.get(1), "pattern");
        String replacement = GuardedRegex.stringArg(args.get(2), "replacement");
        String flags = args.size() > 3 ? GuardedRegex.stringArg(args.get(3), "flags") : null;
        Pattern p = RegexEngine.makePattern("REPLACE", pattern, flags);
        String result;
        try {
            result = p.matcher(new CancellableChars(text.getString(), cancelled, GuardedRegex.deadline(limitNanos)))
                    .replaceAll(replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ExprEvalException("REPLACE: bad replacement: " + e.getMessage());
        }
        return text.isLangString() ? NodeValue.makeLangString(result, text.getLang()) : NodeValue.makeString(result);
    }

    @Override
    public GuardedReplace copy(ExprList newArgs) {
        return new GuardedReplace(newArgs, limitNanos);
    }
}
