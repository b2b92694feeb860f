package org.newskg.spark;

import org.newskg.model.Options;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The settings the executors need, shipped with each task (the pipeline itself never is).
 *
 * @param maxChars    documents longer than this are refused
 * @param defaultDate date for documents that give none (ISO), or null
 * @param cacheDir    annotation cache folder on the executors, or null
 * @param lexicon     relation lexicon file on the executors, or null for the bundled one
 * @param runIri      the run every document's metadata names
 */
record JobConfig(int maxChars, String defaultDate, String cacheDir, String lexicon, String runIri)
        implements Serializable {

    static JobConfig of(Options o, String runIri) {
        return new JobConfig(o.maxChars(), o.defaultDate() == null ? null : o.defaultDate().toString(),
                o.cacheDir() == null ? null : o.cacheDir().toString(),
                o.lexicon() == null ? null : o.lexicon().toString(), runIri);
    }

    /** The options an executor's NewsKG runs with: one document at a time per task. */
    Options options() {
        return Options.defaults().withThreads(1).withMaxChars(maxChars)
                .withDefaultDate(defaultDate == null ? null : LocalDate.parse(defaultDate))
                .withCacheDir(cacheDir == null ? null : Path.of(cacheDir))
                .withLexicon(lexicon == null ? null : Path.of(lexicon));
    }
}
