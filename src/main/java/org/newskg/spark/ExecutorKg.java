package org.newskg.spark;

import org.newskg.NewsKg;
import org.newskg.model.Options;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One NewsKG per executor JVM (and per extraction settings), built on first use on the executor:
 * the CoreNLP models load once per JVM and every task running in that JVM shares them, job after
 * job. Nothing of it is serialised from the driver; tasks carry only their {@link JobConfig}.
 */
final class ExecutorKg {

    private static final Map<Options, NewsKg> BY_OPTIONS = new ConcurrentHashMap<>();

    private ExecutorKg() {
    }

    static NewsKg get(JobConfig config) {
        return BY_OPTIONS.computeIfAbsent(config.options(), o -> NewsKg.builder().options(o).build());
    }
}
