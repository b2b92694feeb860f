package org.newskg.spark;

import org.newskg.NewsKg;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One NewsKG per executor JVM (and per job settings), built on first use on the executor: the
 * CoreNLP models load once per JVM and every task running in that JVM shares them. Nothing of it
 * is serialised from the driver; tasks carry only their {@link JobConfig}.
 */
final class ExecutorKg {

    private static final Map<JobConfig, NewsKg> BY_CONFIG = new ConcurrentHashMap<>();

    private ExecutorKg() {
    }

    static NewsKg get(JobConfig config) {
        return BY_CONFIG.computeIfAbsent(config, c -> NewsKg.builder().options(c.options()).build());
    }
}
