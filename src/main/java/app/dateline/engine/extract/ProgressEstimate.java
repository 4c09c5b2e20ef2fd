package app.dateline.engine.extract;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Estimates the time left in a job measured in units of work (bytes of articles), from the rate of the last
 * {@link #WINDOW} of progress: a folder whose first half comes from the cache and second half must be
 * tagged gets a fair estimate within seconds of the change, instead of one skewed by the fast start. No
 * estimate is given before {@link #WARM_UP} has passed and some work is done. Thread-safe.
 */
public final class ProgressEstimate {

    static final Duration WINDOW = Duration.ofSeconds(20);
    static final Duration WARM_UP = Duration.ofMillis(1_500);

    private final long total;
    private final LongSupplier clock;
    private final long start;
    private final Deque<long[]> samples = new ArrayDeque<>(); // {time, work done}
    private long done;

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    public ProgressEstimate(long totalWork, LongSupplier clock) {
        this.total = Math.max(0, totalWork);
        this.clock = clock;
        this.start = clock.getAsLong();
        samples.add(new long[] {start, 0});
    }

    public ProgressEstimate(long totalWork) {
        this(totalWork, System::nanoTime);
    }

    /** Records {@code work} more units done. */
    public synchronized void advance(long work) {
        long now = clock.getAsLong();
        done = Math.min(total, done + Math.max(0, work));
        samples.add(new long[] {now, done});
        // Keep one sample older than the window, so the window is always covered.
        while (samples.size() > 2 && now - secondOldest()[0] > WINDOW.toNanos()) {
            samples.removeFirst();
        }
    }

    private long[] secondOldest() {
        var it = samples.iterator();
        it.next();
        return it.next();
    }

    /** Work done so far, from 0 to 1. */
    public synchronized double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }

    public Duration elapsed() {
        return Duration.ofNanos(clock.getAsLong() - start);
    }

    /** The time left, when it can be told: zero when all is done, empty in the first moments. */
    public synchronized Optional<Duration> remaining() {
        if (done >= total) {
            return Optional.of(Duration.ZERO);
        }
        long now = clock.getAsLong();
        long[] oldest = samples.peekFirst();
        long[] newest = samples.peekLast();
        if (now - start < WARM_UP.toNanos() || newest[1] == 0 || newest[1] <= oldest[1]) {
            return Optional.empty();
        }
        double perNano = (double) (newest[1] - oldest[1]) / (now - oldest[0]);
        return Optional.of(Duration.ofNanos((long) ((total - done) / perNano)));
    }
}
