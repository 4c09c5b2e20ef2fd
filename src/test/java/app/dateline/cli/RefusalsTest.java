package app.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command refuses a bad option the same way: one line on stderr, {@code dateline COMMAND: reason}, nothing on
 * stdout, nothing written, and the exit code of the README's table (2 a usage error, 1 nothing could be read).
 * {@code bench-startup} and {@code train-compressor} worded theirs otherwise ({@code bench-startup: no folder X},
 * {@code dateline: X has N lines...}), and {@code bench --threads -1} or {@code train-compressor --folds 0} ended as an
 * error in Dateline (exit code 3).
 */
class RefusalsTest {

    @TempDir
    Path dir;

    private void refused(int code, String reason, String... args) throws Exception {
        try (var before = Files.list(dir)) {
            long files = before.count();
            ExtractCommandTest.Run run = ExtractCommandTest.run(args);
            assertThat(run.err()).isEqualTo("dateline " + args[0] + ": " + reason + System.lineSeparator());
            assertThat(run.exit()).as(run.err()).isEqualTo(code);
            assertThat(run.out()).isEmpty();
            try (var after = Files.list(dir)) {
                assertThat(after.count()).as("nothing written").isEqualTo(files);
            }
        }
    }

    @Test
    void everyCommandShowsItsOptions() {
        for (String name : DatelineCommand.COMMANDS) {
            ExtractCommandTest.Run run = ExtractCommandTest.run(name, "--help");
            assertThat(run.exit()).as(name).isZero();
            assertThat(run.out()).as(name).contains("Usage: dateline " + name + " [-h");
            assertThat(run.err()).as(name).isEmpty();
        }
    }

    @Test
    void benchStartup() throws Exception {
        Path notAJar = Files.writeString(dir.resolve("notes.txt"), "not a jar");
        refused(2, "--runs must be at least 1", "bench-startup", "--runs", "0");
        Path jar = Files.writeString(dir.resolve("dateline.jar"), ""); // never started: the folder is refused first
        refused(2, "--corpus " + dir.resolve("none") + ": no such folder", "bench-startup", "--jar", jar.toString(),
                "--corpus", dir.resolve("none").toString());
        refused(2, "--jar " + notAJar + ": not a jar file", "bench-startup", "--jar", notAJar.toString(), "--corpus", dir.toString());
    }

    @Test
    void trainCompressor() throws Exception {
        Path sentences = Files.writeString(dir.resolve("sentences.txt"), "The envoys met in Doha on Tuesday.\nTalks began.\n");
        Path gold = Files.writeString(dir.resolve("gold.txt"), "The envoys met in Doha.\n");
        String s = sentences.toString();
        String g = gold.toString();
        String out = dir.resolve("model.tsv").toString();
        refused(2, "give --out, --cv-out or --oracle-out: nothing to write", "train-compressor", "--sentences", s, "--gold", g);
        refused(2, "--folds must be at least 2 and --passes at least 1", "train-compressor", "--sentences", s, "--gold", g,
                "--cv-out", out, "--folds", "0");
        refused(2, "--folds must be at least 2 and --passes at least 1", "train-compressor", "--sentences", s, "--gold", g,
                "--out", out, "--passes", "-1");
        refused(2, s + " has 2 lines but " + g + " has 1: give one compression a sentence", "train-compressor",
                "--sentences", s, "--gold", g, "--out", out);
        refused(1, "--gold " + dir.resolve("none.txt") + ": cannot be read (no such file, or no permission)", "train-compressor",
                "--sentences", s, "--gold", dir.resolve("none.txt").toString(), "--out", out);
        refused(1, "--sentences " + dir + ": is a folder, not a file", "train-compressor", "--sentences", dir.toString(), "--gold", g,
                "--out", out);
    }

    @Test
    void theBenchmarks() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "The envoys met in Doha on 12 March 2021.\n");
        refused(2, "--threads and --rounds must be at least 1", "bench", "--threads", "-1", article.toString());
        refused(2, "--threads and --rounds must be at least 1", "bench", "--rounds", "0", article.toString());
        String refusal = "--threads, --articles and --words must be at least 1, --big-mb and --cancel-after at least 0";
        refused(2, refusal, "bench-corpus", "--dir", dir.resolve("bc").toString(), "--articles", "0");
        refused(2, refusal, "bench-corpus", "--dir", dir.resolve("bc").toString(), "--threads", "0");
        refused(2, "--events and --frames must be positive", "bench-timeline", "--events", "0");
        refused(2, "--events and --frames must be positive", "bench-timeline", "--frames", "-3");
    }

    @Test
    void theOtherCommandsAsBefore() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "The envoys met in Doha on 12 March 2021.\n");
        refused(2, "unknown --format 'xml' (use jsonl, json or csv)", "extract", "--format", "xml", article.toString());
        refused(2, "--top must be at least 1", "export", "--format", "json", "--out", dir.resolve("o.json").toString(), "--top", "0",
                article.toString());
        refused(2, "--dates must be at least 1 and --sentences at least 0", "key-dates", "--dates", "0", "--sentences", "1",
                article.toString());
        refused(2, "--scale must be 1, 2 or 3", "export-png", "--out", dir.resolve("o.png").toString(), "--scale", "5",
                article.toString());
    }
}
