package app.dateline.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * For the start-up benchmark: the time from the JVM's start to the first drawn timeline, in wall time and in
 * CPU time of the whole process (which a busy machine does not inflate), written to a file.
 */
final class StartupReport {

    private static long shownAt = -1;
    private static long readingMillis = -1;

    private StartupReport() {
    }

    /** The window is on screen. */
    static void shown() {
        shownAt = sinceLaunch();
    }

    /** The first opening took this long, from the task's start to its result. */
    static void read(long millis) {
        readingMillis = millis;
    }

    private static long sinceLaunch() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
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
        try {
            Files.writeString(Path.of(file), String.format(Locale.ROOT,
                    "launch_to_drawn_ms=%d window_shown_ms=%d reading_ms=%d process_cpu_ms=%d%n", wall, shownAt,
                    readingMillis, cpu));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not write the start-up report to " + file, e);
        }
    }
}
