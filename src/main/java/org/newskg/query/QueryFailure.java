package org.newskg.query;

/** A query that could not be parsed or run; the message is one line meant for the user. */
public final class QueryFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with a one-line message and its cause. */
    public QueryFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure with a one-line message. */
    public QueryFailure(String message) {
        super(message);
    }
}
