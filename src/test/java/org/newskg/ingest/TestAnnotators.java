package org.newskg.ingest;

import org.newskg.nlp.Annotator;

/** Gives tests in other packages the fake annotator of this package. */
public final class TestAnnotators {

    /** A fake annotator that never throws (see {@link FakeAnnotator}). */
    public Annotator reliable() {
        return FakeAnnotator.reliable();
    }
}
