package app.dateline.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times starts as a user makes them, each in a new JVM, against a bare JavaFX window started the same way on
 * the same machine in the same run: the ratio is what Dateline adds to what any JavaFX app costs here.
 */
@Command(name = "bench-startup", mixinStandardHelpOptions = true,
        description = "Times starting Dateline (launch to a drawn timeline of a folder) and export-png, each as a "
                + "ratio to a bare JavaFX window with one label started the same way, medians of several starts; "
                + "with and without the quick start (AppCDS, quick compiler, serial collector).")
public final class BenchStartupCommand implements Callable<Integer> {

    @Option(names = "--runs", defaultValue = "5", description = "Starts of each kind, after one warm-up (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--jar", paramLabel = "JAR", description = "The jar to start (default: this one)")
    Path jar;

    @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "DIR", description = "The folder opened (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new CommandRefusedException(ExitCode.USAGE, "--runs must be at least 1");
        }
        Path theJar = jar != null ? jar : Path.of(BenchStartupCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!theJar.toString().endsWith(".jar") || !Files.isRegularFile(theJar)) {
            throw new CommandRefusedException(ExitCode.USAGE, (jar != null ? "--jar " : "needs the jar (mvn package; java -jar "
                    + "target/dateline.jar bench-startup), not ") + theJar + (jar != null ? ": not a jar file" : ""));
        }
        if (!Files.isDirectory(corpus)) {
            throw new CommandRefusedException(ExitCode.USAGE, "--corpus " + corpus + ": no such folder");
        }
        Path png = Files.createTempFile("dateline-bench-startup", ".png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> display = System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()
                ? List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw")
                : List.of();
        Map<String, List<String>> starts = new LinkedHashMap<>();
        starts.put("bare", join(List.of(java), display, List.of("-cp", theJar.toString(), "app.dateline.app.BareWindow")));
        starts.put("window", join(List.of(java), display, List.of("-Ddateline.quitWhenDrawn=true", "-jar", theJar.toString(), corpus.toString())));
        starts.put("window-plain", join(List.of(java), display, List.of("-Ddateline.relaunch=false", "-Ddateline.quitWhenDrawn=true",
                "-jar", theJar.toString(), corpus.toString())));
        List<String> export = List.of("export-png", "--out", png.toString(), "--width", "4000", corpus.toString());
        starts.put("export-png", join(List.of(java, "-jar", theJar.toString()), export));
        starts.put("export-png-plain", join(List.of(java, "-Ddateline.relaunch=false", "-jar", theJar.toString()), export));

        Map<String, List<Double>> times = new LinkedHashMap<>();
        starts.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        try {
            for (int round = 0; round <= runs; round++) { // round 0 warms up: the disk cache, the AppCDS archives
                for (var e : starts.entrySet()) {
                    double ms = time(e.getKey(), e.getValue());
                    if (round > 0) {
                        times.get(e.getKey()).add(ms);
                    }
                }
            }
        } finally {
            Files.deleteIfExists(png);
        }
        double bare = median(times.get("bare"));
        System.out.printf(Locale.ROOT, "bare-window: median_ms=%.0f runs=%d%n", bare, runs);
        for (String kind : List.of("window", "export-png")) {
            double fast = median(times.get(kind));
            double plain = median(times.get(kind + "-plain"));
            System.out.printf(Locale.ROOT, "%s: median_ms=%.0f bare_ms=%.0f ratio=%.2f plain_ms=%.0f plain_ratio=%.2f%n",
                    kind, fast, bare, fast / bare, plain, plain / bare);
        }
        return 0;
    }

    /**
     * Wall milliseconds from starting the process to its end. A start that fails or hangs stops the benchmark: its
     * errors are passed on to stderr, and the refusal (exit code 3) names the start and its command.
     */
    private static double time(String name, List<String> command) throws Exception {
        File errors = File.createTempFile("dateline-bench-startup", ".err");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new CommandRefusedException(ExitCode.FAILURE, name + " did not end within 180 s: " + String.join(" ", command));
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            if (p.exitValue() != 0) {
                System.err.print(Files.readString(errors.toPath()));
                throw new CommandRefusedException(ExitCode.FAILURE, name + " ended with exit code " + p.exitValue() + ": "
                        + String.join(" ", command));
            }
            return ms;
        } finally {
            Files.deleteIfExists(errors.toPath());
        }
    }

    @SafeVarargs
    private static List<String> join(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
