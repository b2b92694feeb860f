package org.newskg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap every few milliseconds on a daemon thread and keeps the highest value.
 * Used heap includes garbage not yet collected, so the peak is an upper bound of what is live.
 */
final class HeapSampler implements AutoCloseable {

    private static final long PERIOD_MILLIS = 20;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newskg-heap-sampler");
        t.setDaemon(true);
        return t;
    });

    HeapSampler() {
        sample();
        timer.scheduleAtFixedRate(this::sample, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        long afterGc = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage u = pool.getCollectionUsage();
            afterGc += u == null ? 0 : u.getUsed();
        }
        peakAfterGc.accumulateAndGet(afterGc, Math::max);
    }

    /** The highest heap occupancy seen right after a collection (sampled), in bytes: the live set's peak. */
    long peakAfterGcBytes() {
        sample();
        return peakAfterGc.get();
    }

    /** The highest used heap seen so far, in bytes. */
    long peakBytes() {
        sample();
        return peak.get();
    }

    /** The used heap right after a requested full collection: roughly what is live. */
    long liveBytesAfterGc() {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The heap limit (-Xmx), in bytes. */
    long maxBytes() {
        return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
