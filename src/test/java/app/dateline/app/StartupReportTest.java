package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupReportTest {

    @Test
    void theReportGivesEachStepAndOnLinuxEachThreadsProcessorTime(@TempDir Path dir) throws Exception {
        StartupReport.fxStarted();
        StartupReport.shown();
        StartupReport.read(System.currentTimeMillis(), 12);
        Path file = dir.resolve("start.txt");
        StartupReport.write(file.toString());
        java.util.List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).matches("first_jvm_ms=0 fx_started_ms=\\d+ window_shown_ms=\\d+ read_ms=\\d+ reading_ms=12 "
                + "launch_to_drawn_ms=\\d+ process_cpu_ms=\\d+");
        if (Files.isDirectory(Path.of("/proc/self/task"))) {
            // this JVM's threads by name ("C1 CompilerThread0" and "C1 CompilerThread1" count as one), busiest first
            assertThat(lines.get(1)).startsWith("threads: ").matches("threads:( [^ =]+=\\d+)+");
            String[] parts = lines.get(1).substring("threads: ".length()).split(" ");
            for (int i = 1; i < parts.length; i++) {
                assertThat(Long.parseLong(parts[i].split("=")[1])).isLessThanOrEqualTo(Long.parseLong(parts[i - 1].split("=")[1]));
            }
        }
    }
}
