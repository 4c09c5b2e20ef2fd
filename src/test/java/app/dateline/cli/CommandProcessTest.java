package app.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.dateline.Launcher;
import app.dateline.engine.files.TestDevices;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, items 1, 10 and 12 as a user meets them: the program in a process of its own, with its standard
 * output on a full disk, under {@code LC_ALL=C}, and with no display.
 */
class CommandProcessTest {

    private static final String ARTICLE = "---\npublished: 2024-03-05\n---\nThe envoys met in Doha on 15 August 2021.\n";

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    private Result dateline(Map<String, String> env, File stdout, String... args) throws Exception {
        return dateline(env, null, stdout, args);
    }

    private Result dateline(Map<String, String> env, File stdin, File stdout, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(stdout != null ? stdout : out.toFile());
        pb.redirectError(err.toFile());
        pb.redirectInput(stdin != null ? ProcessBuilder.Redirect.from(stdin) : ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Result(p.exitValue(), stdout != null ? "" : Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void extractIntoAFullDiskExitsWith3AndSaysSo() throws Exception {
        File full = TestDevices.full(dir).toFile();
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Result r = dateline(Map.of(), full, "extract", "--no-cache", "a.txt");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("dateline extract: standard output could not be written (the disk may be full, or the "
                + "program reading it stopped)\n");
    }

    @Test
    void keyDatesIntoAFullDiskExitsWith3AndSaysSo() throws Exception {
        File full = TestDevices.full(dir).toFile();
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Result r = dateline(Map.of(), full, "key-dates", "--no-cache", "--dates", "1", "--sentences", "1", "a.txt");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("dateline key-dates: standard output could not be written (the disk may be full, or "
                + "the program reading it stopped)\n");
    }

    @Test
    void labelIntoAFullDiskExitsWith3AndSaysSo() throws Exception {
        File full = TestDevices.full(dir).toFile();
        Path sentences = Files.writeString(dir.resolve("sentences.txt"), "The envoys met in Doha on 15 August 2021.\n");
        Result r = dateline(Map.of(), sentences.toFile(), full, "label");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("dateline label: standard output could not be written (the disk may be full, or "
                + "the program reading it stopped)\n");
    }

    @Test
    void aNonAsciiArgumentWorksUnderTheCLocale() throws Exception {
        Files.writeString(dir.resolve("caf\u00e9.txt"), ARTICLE);
        Result r = dateline(Map.of("LC_ALL", "C", "LANG", "C"), null, "extract", "--no-cache", "caf\u00e9.txt");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"source\":\"caf\u00e9.txt\"").contains("\"value\":\"2021-08-15\"");
    }

    @Test
    void aMistypedCommandWithNoDisplayIsAUsageError() throws Exception {
        Result r = dateline(Map.of(), null, "extrct", "corpus");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dateline: unknown command 'extrct'; did you mean 'extract'? (see dateline --help)\n");
        assertThat(r.out()).isEmpty();
    }
}
