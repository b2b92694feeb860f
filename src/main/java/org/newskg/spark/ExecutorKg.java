package org.newskg.spark;

import org.newskg.DocumentExtraction;
import org.newskg.NewsKg;
import org.newskg.model.Options;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One NewsKG per executor JVM (and per extraction settings), built on first use on the executor:
 * the CoreNLP models load once per JVM and every task running in that JVM shares them, job after
 * job. Nothing of it is serialised from the driver; tasks carry only their {@link JobConfig}.
 *
 * <p>In local mode the executors run in the driver's JVM, so a program that already holds a
 * loaded pipeline (a test, a server) can lend the job a NewsKG built on it for the job's duration,
 * under the job's run IRI, instead of loading the models a second time.
 */
final class ExecutorKg {

    private static final Map<Options, NewsKg> BY_OPTIONS = new ConcurrentHashMap<>();
    private static final Map<String, NewsKg> LENT = new ConcurrentHashMap<>();
    private static final Map<String, DocumentExtraction> BY_RUN = new ConcurrentHashMap<>();

    private ExecutorKg() {
    }

    /** Ingest's per-document step for this job, shared by the tasks in this JVM. */
    static DocumentExtraction extraction(JobConfig config) {
        return BY_RUN.computeIfAbsent(config.runIri(), run -> new DocumentExtraction(kg(config), run));
    }

    private static NewsKg kg(JobConfig config) {
        NewsKg lent = LENT.get(config.runIri());
        return lent != null ? lent : BY_OPTIONS.computeIfAbsent(config.options(), o -> NewsKg.builder().options(o).build());
    }

    /** Lends a NewsKG to the tasks of one local-mode job; give it back with {@link #giveBack}. */
    static void lend(String runIri, NewsKg kg) {
        LENT.put(runIri, kg);
    }

    static void giveBack(String runIri) {
        LENT.remove(runIri);
        BY_RUN.remove(runIri);
    }
}
