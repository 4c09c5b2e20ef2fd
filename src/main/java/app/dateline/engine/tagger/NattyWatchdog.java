package app.dateline.engine.tagger;

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
 * Runs Natty with a time limit. Natty's parser is superlinear on some inputs ("1, 1, 1, ..." with a month
 * name: 1,600 characters take it five seconds) and cannot be interrupted, so each call runs on a helper
 * thread and the caller waits at most the limit. A call over the limit is abandoned: its thread finishes on
 * its own (sentences are at most 1,000 characters, so it does within seconds) and then ends, and the next
 * call gets a fresh parser on a fresh thread. Not thread-safe: one watchdog per tagger, one tagger per thread.
 */
final class NattyWatchdog {

    /** One call of the parser, as {@link NattyParser#parse}. */
    interface Call {
        List<NattyCandidate> parse(String sentence, LocalDate reference);
    }

    /** What Natty found, or nothing and {@code timedOut} when it took longer than the limit. */
    record Result(List<NattyCandidate> candidates, boolean timedOut) {
    }

    /** The limit per sentence; {@code -Ddateline.natty.timeout.ms=...} changes it. */
    static final Duration DEFAULT_LIMIT = Duration.ofMillis(Long.getLong("dateline.natty.timeout.ms", 2_000L));

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
        Future<List<NattyCandidate>> answer = runner.submit(() -> call.parse(sentence, reference));
        try {
            return new Result(answer.get(limitNanos, TimeUnit.NANOSECONDS), false);
        } catch (TimeoutException slow) {
            abandon(answer);
            return new Result(List.of(), true);
        } catch (InterruptedException cancelled) {
            abandon(answer);
            Thread.currentThread().interrupt();
            throw new CancellationException("tagging was cancelled");
        } catch (ExecutionException failed) {
            return new Result(List.of(), false); // NattyParser catches Natty's own failures; anything else finds nothing
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
