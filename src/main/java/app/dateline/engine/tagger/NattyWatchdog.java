package app.dateline.engine.tagger;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs Natty with a limit counted in work: the CPU time its thread spends on one call. Natty's parser is
 * superlinear on some inputs ("1, 1, 1, ..." with a month name: 1,600 characters take it five seconds) and
 * cannot be interrupted, so each call runs on a helper thread. The tagger gives Natty only short pieces of a
 * sentence (see {@link NattyPieces}), which take it milliseconds, so the limit is a far safety net, and since
 * it counts the helper's own CPU time, a busy machine does not make it step in: the same input gives the same
 * output under any load. A call that does no work at all (blocked) is given up after a wall-clock backstop of
 * {@value #WALL_FACTOR} times the limit. A call over the limit is abandoned: its thread finishes on its own and
 * then ends, and the next call gets a fresh parser on a fresh thread. Not thread-safe: one watchdog per
 * tagger, one tagger per thread.
 */
final class NattyWatchdog {

    /** One call of the parser, as {@link NattyParser#parse}. */
    interface Call {
        List<NattyCandidate> parse(String sentence, LocalDate reference);
    }

    /** What Natty found, or nothing and {@code timedOut} when it took more than the limit. */
    record Result(List<NattyCandidate> candidates, boolean timedOut) {
    }

    /** The limit of CPU time per call; {@code -Ddateline.natty.timeout.ms=...} changes it. */
    static final Duration DEFAULT_LIMIT = Duration.ofMillis(Long.getLong("dateline.natty.timeout.ms", 20_000L));
    /** A call that does not finish within this many times the limit of wall-clock time is given up too. */
    static final int WALL_FACTOR = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = cpuTimeAvailable();

    private final Supplier<Call> parsers;
    private final long limitNanos;
    private ThreadPoolExecutor runner;
    private Call parser;

    NattyWatchdog(Supplier<Call> parsers, Duration limit) {
        this.parsers = parsers;
        this.limitNanos = limit.toNanos();
    }

    Duration limit() {
        return Duration.ofNanos(limitNanos);
    }

    /**
     * Natty's candidates in {@code sentence}, or none when it is too slow or fails.
     *
     * @throws CancellationException when the calling thread is interrupted while it waits
     */
    Result parse(String sentence, LocalDate reference) {
        if (runner == null) {
            runner = newRunner();
            parser = parsers.get();
        }
        Call call = parser;
        Work work = new Work();
        Future<List<NattyCandidate>> answer = runner.submit(() -> {
            work.start();
            return call.parse(sentence, reference);
        });
        long wallLimit = limitNanos > Long.MAX_VALUE / WALL_FACTOR ? Long.MAX_VALUE : limitNanos * WALL_FACTOR;
        long poll = Math.max(1_000_000L, Math.min(limitNanos / 4, 50_000_000L));
        long started = System.nanoTime();
        try {
            while (true) {
                try {
                    return new Result(answer.get(poll, TimeUnit.NANOSECONDS), false);
                } catch (TimeoutException notYet) {
                    long spent = CPU_TIME ? work.cpuNanos() : System.nanoTime() - started;
                    if (spent > limitNanos || System.nanoTime() - started > wallLimit) {
                        abandon(answer);
                        return new Result(List.of(), true);
                    }
                }
            }
        } catch (InterruptedException cancelled) {
            abandon(answer);
            Thread.currentThread().interrupt();
            throw new CancellationException("tagging was cancelled");
        } catch (ExecutionException failed) {
            return new Result(List.of(), false); // NattyParser catches Natty's own failures; anything else finds nothing
        }
    }

    /** The helper thread of one call and its CPU time when the call began. */
    private static final class Work {
        private volatile long thread = -1;
        private volatile long cpuAtStart;

        void start() {
            if (CPU_TIME) {
                cpuAtStart = THREADS.getCurrentThreadCpuTime();
            }
            thread = Thread.currentThread().getId();
        }

        /** CPU time the call has used so far (0 before it began on its thread). */
        long cpuNanos() {
            long id = thread;
            if (id < 0) {
                return 0;
            }
            long now = THREADS.getThreadCpuTime(id);
            return now < 0 ? 0 : now - cpuAtStart;
        }
    }

    private static boolean cpuTimeAvailable() {
        try {
            if (THREADS.isThreadCpuTimeSupported() && !THREADS.isThreadCpuTimeEnabled()) {
                THREADS.setThreadCpuTimeEnabled(true);
            }
            return THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
        } catch (UnsupportedOperationException | SecurityException no) {
            return false;
        }
    }

    /** Leaves a call running on its thread (Natty does not stop when interrupted) and starts afresh next time. */
    private void abandon(Future<?> answer) {
        answer.cancel(true);
        runner.shutdown();
        runner = null;
        parser = null;
    }

    private static ThreadPoolExecutor newRunner() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "dateline-natty");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true); // an idle helper thread ends; the next call starts another
        return pool;
    }
}
