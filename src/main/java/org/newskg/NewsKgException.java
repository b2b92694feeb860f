package org.newskg;

/** A failure NewsKG explains in one line: bad input, a store in use, an invalid graph. */
public class NewsKgException extends RuntimeException {

    public NewsKgException(String message) {
        super(message);
    }

    public NewsKgException(String message, Throwable cause) {
        super(message, cause);
    }
}
