package app.dateline.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench-corpus}: the most heap in use, sampled every 10 ms and read from the pools' peaks, whichever is
 * higher.
 */
final class HeapPeak implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;

    HeapPeak() {
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void reset() {
        peak.set(0);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    long peakMegabytes() {
        // The old generation's peak plus young pools' peaks bounds the heap from above; the samples from below.
        long pools = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")) {
                pools += pool.getPeakUsage().getUsed();
            }
        }
        return Math.max(peak.get(), pools) >> 20;
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
