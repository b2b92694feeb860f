package org.newskg.rdf;

import java.time.Instant;

/**
 * One extraction run (a prov:Activity).
 *
 * @param iri             the run's IRI
 * @param started         when it started
 * @param softwareVersion NewsKG's version
 * @param nlpModels       the NLP models it used
 */
public record RunInfo(String iri, Instant started, String softwareVersion, String nlpModels) {

    /** A new run with a random IRI, starting now. */
    public static RunInfo start(String softwareVersion, String nlpModels) {
        return new RunInfo(Vocab.RUN + java.util.UUID.randomUUID(), Instant.now(), softwareVersion, nlpModels);
    }
}
