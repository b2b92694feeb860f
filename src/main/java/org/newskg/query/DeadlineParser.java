package org.newskg.query;

import java.io.Reader;

import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.lang.SPARQLParser;
import org.apache.jena.sparql.lang.arq.javacc.ARQParser;
import org.apache.jena.sparql.lang.arq.javacc.ParseException;

/**
 * Jena's ARQ-syntax parser fed through a reader that gives up once a deadline passes, so that
 * parsing counts against the query's time limit: the parser pulls the text in blocks as it
 * goes, and each pull checks the clock. Errors are reported as Jena's own {@code ParserARQ}
 * reports them; the parsed query is checked for variable scope as {@code QueryFactory} does.
 */
final class DeadlineParser extends SPARQLParser {

    private final long deadlineNanos;

    /** @param deadlineNanos {@link System#nanoTime()} when parsing must stop; Long.MAX_VALUE for never */
    private DeadlineParser(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * Parses a query against a base IRI (null: the system base, as {@code QueryFactory.create(String)} uses).
     *
     * @throws QueryParseException     for a syntax error (its cause a StackOverflowError when nested too deeply)
     * @throws QueryCancelledException when the deadline passed first
     */
    static Query parse(String sparql, long deadlineNanos, String baseIri) {
        Query query = new Query();
        query.setSyntax(Syntax.syntaxARQ);
        query.setBase(baseIri == null ? IRIs.getSystemBase() : IRIs.resolveIRI(baseIri));
        return new DeadlineParser(deadlineNanos).parse(query, sparql);
    }

    @Override
    protected Query parse$(Query query, String text) {
        query.setSyntax(Syntax.syntaxARQ);
        ARQParser parser = new ARQParser(new DeadlineReader(text, deadlineNanos));
        query.setStrict(true);
        parser.setQuery(query);
        try {
            parser.QueryUnit();
        } catch (ParseException e) {
            throw new QueryParseException(e.getMessage(), e.currentToken.next == null ? -1 : e.currentToken.next.beginLine,
                    e.currentToken.next == null ? -1 : e.currentToken.next.beginColumn);
        } catch (DeadlinePassed e) {
            throw new QueryCancelledException();
        } catch (QueryParseException e) {
            throw e;
        } catch (JenaException e) {
            throw new QueryParseException(e.getMessage(), e, -1, -1);
        } catch (Error e) {
            throw new QueryParseException(e.getMessage(), e, -1, -1);
        }
        return query;
    }

    /**
     * Thrown by the reader: an Error, because the generated token manager takes any Exception
     * from its input for the end of the text.
     */
    private static final class DeadlinePassed extends Error {
        private static final long serialVersionUID = 1L;

        DeadlinePassed() {
            super("parsing ran past the time limit", null, false, false);
        }
    }

    /** A string read in blocks; each block checks the deadline. */
    private static final class DeadlineReader extends Reader {
        private final String text;
        private final long deadlineNanos;
        private int next;

        DeadlineReader(String text, long deadlineNanos) {
            this.text = text;
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new DeadlinePassed();
            }
            if (next >= text.length()) {
                return -1;
            }
            int n = Math.min(length, text.length() - next);
            text.getChars(next, next + n, buffer, offset);
            next += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
