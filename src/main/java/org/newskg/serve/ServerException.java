package org.newskg.serve;

/** The server could not start; the message is one line meant for the user. */
public final class ServerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with a one-line message and its cause. */
    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
