package org.newskg.query;

import org.apache.jena.query.QueryExecException;

/** A SERVICE call the {@link ServicePolicy} refused while the query ran; nothing was sent. */
public final class ServiceRefusedException extends QueryExecException {

    private static final long serialVersionUID = 1L;

    ServiceRefusedException(String message) {
        super(message);
    }
}
