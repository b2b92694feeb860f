package org.newskg;

import java.util.List;
import java.util.Locale;

/**
 * What a {@code load} run did.
 *
 * @param files     N-Quads files read
 * @param read      documents found in them
 * @param stored    documents stored
 * @param unchanged documents passed over: the store (or an earlier file of this load) had them
 * @param failed    "location: reason" for each file or document that could not be loaded
 * @param bulk      true when the store was empty and Jena's bulk loader was used
 * @param seconds   wall time
 */
public record LoadReport(int files, int read, int stored, int unchanged, List<String> failed, boolean bulk,
                         double seconds) {

    public LoadReport {
        failed = List.copyOf(failed);
    }

    /** One line for the user. */
    public String summary() {
        return String.format(Locale.ROOT, "%d documents loaded (%s) from %d files, %d unchanged, %d failed, in %.1f s",
                stored, bulk ? "bulk loader, empty store" : "one transaction each", files, unchanged, failed.size(), seconds);
    }
}
