package org.newskg.spark;

import java.io.Serializable;

/**
 * What reading one input item gave: a document or a failure (exactly one is set).
 *
 * @param sortKey where the item stands in the input (see {@link DocumentRow#sortKey})
 */
record ReadItem(String sortKey, DocumentRow document, Failure failure) implements Serializable {

    static ReadItem of(DocumentRow d) {
        return new ReadItem(d.sortKey(), d, null);
    }

    static ReadItem failed(String sortKey, Failure f) {
        return new ReadItem(sortKey, null, f);
    }

    boolean isDocument() {
        return document != null;
    }
}
