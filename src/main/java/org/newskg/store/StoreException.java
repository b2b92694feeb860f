package org.newskg.store;

/** A store that cannot be opened or used; the message is one line meant for the user. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with a one-line message. */
    public StoreException(String message) {
        super(message);
    }

    /** A failure with a one-line message and its cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
