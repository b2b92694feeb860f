package org.newskg;

/** Hears what an ingest run does, document by document (for progress bars and messages). */
public interface IngestListener {

    /** A document is stored. */
    default void stored(String source, int tokens, int facts) {
    }

    /** A document was already in the store, unchanged. */
    default void unchanged(String source) {
    }

    /** An input gave no document. */
    default void failed(String location, String reason) {
    }

    /** The exception behind a failure just reported, for {@code --stacktrace}. */
    default void trace(String location, Throwable cause) {
    }

    /** An input was passed over on purpose (unsupported type). */
    default void skipped(String location, String reason) {
    }

    /** A note about an input that was still read. */
    default void warning(String location, String message) {
    }

    /** No-op listener. */
    IngestListener NONE = new IngestListener() {
    };
}
