package app.dateline.app;

import app.dateline.desktop.FastStart;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * For the start-up benchmark: when each step of a start was done, in milliseconds from the start of this JVM
 * (and, after the quick start's relaunch, how long the JVM the user started took to start this one), with
 * the CPU time of this process (which a busy machine does not inflate), written to a file:
 * {@code first_jvm_ms} (the JVM the user started, until it started this one; 0 without a relaunch),
 * {@code fx_started_ms} (JavaFX is up: the application's {@code start}), {@code window_shown_ms},
 * {@code read_ms} (the articles are read and merged), {@code reading_ms} (how long that reading took) and
 * {@code launch_to_drawn_ms} (the timeline's first frame is drawn).
 */
final class StartupReport {

    private static long fxStartedAt = -1;
    private static long shownAt = -1;
    private static long readAt = -1;
    private static long readingMillis = -1;

    private StartupReport() {
    }

    /** JavaFX is up and calls the application. */
    static void fxStarted() {
        fxStartedAt = sinceLaunch();
    }

    /** The window is on screen. */
    static void shown() {
        shownAt = sinceLaunch();
    }

    /**
     * The first opening was read: its result reached the window at {@code at} (epoch milliseconds), and the
     * reading took {@code millis}, from the task's start to its result.
     */
    static void read(long at, long millis) {
        readAt = at < 0 ? -1 : at - ManagementFactory.getRuntimeMXBean().getStartTime();
        readingMillis = millis;
    }

    private static long sinceLaunch() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * On Linux, the processor time of each thread of this process so far ({@code /proc/self/task}: the JIT's
     * and JavaFX's native threads too), as a second line {@code threads: NAME=MS ...}, busiest first; else "".
     */
    static String threads() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return "";
        }
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        try (var all = Files.list(tasks)) {
            for (Path t : all.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[\\s=]", "_").replaceAll("#?\\d+$", "");
                    String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(rest[11]) + Long.parseLong(rest[12]); // utime + stime
                    byName.merge(name, ticks * 10, Long::sum); // 100 ticks a second on Linux
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return "";
        }
        StringBuilder b = new StringBuilder("threads:");
        byName.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() > 0).forEach(e -> b.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        return b.append(System.lineSeparator()).toString();
    }

    static void write(String file) {
        if (file == null || file.isBlank()) {
            return;
        }
        long wall = sinceLaunch();
        long cpu = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            cpu = os.getProcessCpuTime() / 1_000_000;
        }
        long first = FastStart.launchedAt() > 0 ? ManagementFactory.getRuntimeMXBean().getStartTime() - FastStart.launchedAt() : 0;
        try {
            Files.writeString(Path.of(file), String.format(Locale.ROOT,
                    "first_jvm_ms=%d fx_started_ms=%d window_shown_ms=%d read_ms=%d reading_ms=%d launch_to_drawn_ms=%d"
                            + " process_cpu_ms=%d%n", first, fxStartedAt, shownAt, readAt, readingMillis, wall, cpu) + threads());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not write the start-up report to " + file, e);
        }
    }
}
