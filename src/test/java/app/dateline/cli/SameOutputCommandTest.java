package app.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same output (robust12): {@code export --format json}, {@code extract} and {@code key-dates} on the seed
 * corpus give the same bytes with 1, 2 or 4 threads, without a cache, with a cold cache and with a cache another
 * run filled with other threads, with the files named in another order, and from a copy of the folder elsewhere
 * (there only the paths differ, as the README says).
 */
class SameOutputCommandTest {

    @TempDir
    Path dir;

    private Path seedCopy(String name) throws IOException {
        Path copy = Files.createDirectories(dir.resolve(name));
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.copy(f, copy.resolve(f.getFileName().toString()));
            }
        }
        return copy;
    }

    private static String out(String... args) {
        ExtractCommandTest.Run run = ExtractCommandTest.run(args);
        assertThat(run.exit()).as(String.join(" ", args)).isZero();
        return run.out();
    }

    private static String[] reversed(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = new ArrayList<>(files.map(Path::toString).sorted().toList());
            java.util.Collections.reverse(names);
            return names.toArray(String[]::new);
        }
    }

    private static String[] args(String[] head, String... paths) {
        String[] all = new String[head.length + paths.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(paths, 0, all, head.length, paths.length);
        return all;
    }

    @Test
    void exportAndKeyDatesAreTheSameWhateverTheThreadsTheCacheAndTheOrder() throws Exception {
        Path seed = seedCopy("seed");
        String cache = dir.resolve("cache").toString();
        String[] export = {"export", "--format", "json", "--out", "-", "--title", "Seed"};
        String[] keyDates = {"key-dates", "--dates", "20", "--sentences", "2"};

        String exported = out(args(export, "--threads", "1", "--no-cache", seed.toString()));
        String dates = out(args(keyDates, "--threads", "1", "--no-cache", seed.toString()));
        assertThat(exported).contains("\"events\"");
        assertThat(dates.lines().count()).isGreaterThan(5);

        assertThat(out(args(export, "--threads", "4", "--cache-dir", cache, seed.toString()))).as("4 threads, cold cache").isEqualTo(exported);
        assertThat(out(args(keyDates, "--threads", "4", "--cache-dir", cache, seed.toString()))).as("4 threads, cold merge cache").isEqualTo(dates);
        assertThat(out(args(export, "--threads", "2", "--cache-dir", cache, seed.toString()))).as("2 threads, warm cache").isEqualTo(exported);
        assertThat(out(args(keyDates, "--threads", "2", "--cache-dir", cache, seed.toString()))).as("2 threads, warm caches").isEqualTo(dates);
        assertThat(out(args(args(export, "--threads", "2", "--no-cache"), reversed(seed)))).as("files in another order").isEqualTo(exported);
        assertThat(out(args(args(keyDates, "--threads", "2", "--no-cache"), reversed(seed)))).as("files in another order").isEqualTo(dates);

        Path moved = seedCopy("elsewhere/under another name");
        String movedOut = out(args(export, "--threads", "2", "--no-cache", moved.toString()));
        assertThat(movedOut.replace(moved.toString(), seed.toString())).as("the folder copied elsewhere").isEqualTo(exported);
        String movedDates = out(args(keyDates, "--threads", "2", "--no-cache", moved.toString()));
        assertThat(movedDates.replace(moved.toString(), seed.toString())).as("the folder copied elsewhere").isEqualTo(dates);
    }

    @Test
    void extractIsTheSameWhateverTheThreadsAndTheCache() throws Exception {
        Path seed = seedCopy("seed");
        String cache = dir.resolve("cache").toString();
        String[] extract = {"extract", "--format", "jsonl"};
        String quiet = out(args(extract, "--threads", "1", "--no-cache", seed.toString()));
        assertThat(quiet.lines().count()).isGreaterThan(50);
        assertThat(out(args(extract, "--threads", "4", "--cache-dir", cache, seed.toString()))).as("4 threads, cold cache").isEqualTo(quiet);
        assertThat(out(args(extract, "--threads", "2", "--cache-dir", cache, seed.toString()))).as("2 threads, warm cache").isEqualTo(quiet);
    }
}
