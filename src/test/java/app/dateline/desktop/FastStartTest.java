package app.dateline.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastStartTest {

    @TempDir
    Path dir;

    private Path jar() throws IOException {
        Path jar = dir.resolve("dateline.jar");
        if (!Files.exists(jar)) {
            Files.write(jar, new byte[] {'P', 'K', 5, 6});
        }
        return jar;
    }

    private static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    @Test
    void theFirstRunMakesTheArchiveAndLaterRunsUseItWithTheQuickFlags() throws Exception {
        Path jar = jar();
        FastStart.Plan first = FastStart.plan("window", new String[] {"corpus"}, List.of("-Dfoo=bar"), jar, java(), 1234).orElseThrow();
        assertThat(first.command()).startsWith(java().toString(), "-Dfoo=bar")
                .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                        "-Ddateline.relaunched=1234", "-cp", jar.toString())
                .containsSubsequence("app.dateline.Launcher", "corpus")
                .contains("-XX:ArchiveClassesAtExit=" + first.fresh());
        assertThat(first.command().get(first.command().size() - 1)).isEqualTo("corpus");
        assertThat(first.fresh().getParent()).isEqualTo(first.archive().getParent());
        assertThat(first.archive().getFileName().toString()).matches("window-[0-9a-f]{16}\\.jsa");

        Files.write(first.archive(), new byte[] {1}); // what the first run leaves
        FastStart.Plan next = FastStart.plan("window", new String[] {"corpus"}, List.of(), jar, java(), 1234).orElseThrow();
        assertThat(next.fresh()).isNull();
        assertThat(next.command()).contains("-XX:SharedArchiveFile=" + first.archive())
                .noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void flagsTheUserChoseOrNoJarMeanNoRelaunch() throws Exception {
        assertThat(FastStart.plan("window", new String[0], List.of("-XX:+UseG1GC"), jar(), java(), 1)).isEmpty();
        assertThat(FastStart.plan("window", new String[0], List.of("-XX:SharedArchiveFile=/x.jsa"), jar(), java(), 1)).isEmpty();
        assertThat(FastStart.plan("window", new String[0], List.of(), dir.resolve("classes"), java(), 1)).isEmpty();
        assertThat(FastStart.plan("window", new String[0], List.of(), jar(), dir.resolve("no-java"), 1)).isEmpty();
    }

    @Test
    void theArchiveIsNamedByTheKindTheJarAndItsVersion() throws Exception {
        Path jar = jar();
        Path window = FastStart.archive(jar, "window");
        assertThat(FastStart.archive(jar, "window")).isEqualTo(window);
        assertThat(FastStart.archive(jar, "export-png").getFileName().toString()).startsWith("export-png-")
                .endsWith(window.getFileName().toString().substring("window".length()));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertThat(FastStart.archive(jar, "window")).isNotEqualTo(window); // a new build never uses an old archive
        assertThat(FastStart.hash("a")).isNotEqualTo(FastStart.hash("b")).hasSize(16);
    }

    @Test
    void onlyTheNewestArchivesOfAKindAreKept() throws Exception {
        Path cds = dir.resolve("cds");
        Files.createDirectories(cds);
        List<Path> windows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Path a = cds.resolve("window-" + FastStart.hash("build " + i) + ".jsa");
            Files.write(a, new byte[] {1});
            Files.setLastModifiedTime(a, FileTime.fromMillis(1_700_000_000_000L + i * 1000L));
            windows.add(a);
        }
        Path export = cds.resolve("export-png-" + FastStart.hash("build 0") + ".jsa");
        Files.write(export, new byte[] {1});
        Files.setLastModifiedTime(export, FileTime.fromMillis(1_600_000_000_000L));
        Path deadRun = cds.resolve("window-" + FastStart.hash("build 9") + ".jsa.123.tmp");
        Files.write(deadRun, new byte[] {1});
        Files.setLastModifiedTime(deadRun, FileTime.fromMillis(1_600_000_000_000L));

        FastStart.prune(windows.get(4));

        assertThat(windows.subList(2, 5)).allMatch(Files::exists);
        assertThat(windows.subList(0, 2)).noneMatch(Files::exists);
        assertThat(export).exists(); // another kind: not this run's business
        assertThat(deadRun).doesNotExist();
    }

    @Test
    void aStoppedLauncherEndsTheQuickJvmBeforeItGoesAndDeletesTheArchiveItWasWriting() throws Exception {
        // SIGTERM to the launcher left the window's JVM running on, writing its class archive
        Path fresh = Files.writeString(dir.resolve("window-0123.jsa.99.tmp"), "half an archive");
        Process child = new ProcessBuilder("sleep", "600").start();
        try {
            new FastStart.Stop(child, fresh).run();
            assertThat(child.isAlive()).as("the quick JVM outlived its launcher").isFalse();
            assertThat(fresh).doesNotExist();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void deciding() throws Exception {
        assertThat(FastStart.kind(new String[0], false)).contains("window");
        assertThat(FastStart.kind(new String[] {"export-png", "x"}, true)).contains("export-png");
        assertThat(FastStart.kind(new String[] {"extract", "x"}, true)).isEmpty();
    }

    /**
     * The JVM the user started only decides and starts the quick one, with none of the app's classes in a
     * shared archive: every class it loads from the jar is read and verified there. It must not load a
     * library (the cache's Jackson cost most of a second), JavaFX, the engine, or the security providers.
     */
    @Test
    void decidingLoadsNoLibraryNoEngineAndNoMessageDigest() throws Exception {
        Path log = dir.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(java().toString(), "-Xshare:auto", "-Xlog:class+load:file=" + log,
                "-Ddateline.cache.dir=" + dir.resolve("cache"), "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), jar().toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("-XX:ArchiveClassesAtExit=");
        List<String> loaded = Files.readAllLines(log).stream().map(l -> l.replaceFirst("^\\[[^]]*\\]\\[[^]]*\\]\\[[^]]*\\] ", ""))
                .map(l -> l.split(" ")[0]).toList();
        assertThat(loaded).contains("app.dateline.desktop.FastStart", "app.dateline.cli.DatelineCommand")
                .noneMatch(c -> c.startsWith("com.fasterxml.") || c.startsWith("javafx.") || c.startsWith("org.controlsfx.")
                        || c.startsWith("opennlp.") || c.startsWith("com.joestelmach.") || c.startsWith("sun.security.provider."))
                .noneMatch(c -> c.startsWith("app.dateline.engine.") && !c.equals("app.dateline.engine.cache.CacheRoot"))
                .noneMatch(c -> c.startsWith("app.dateline.app."));
    }

    /** What {@code app.dateline.Launcher} does before it starts the quick JVM, for a given jar. */
    static final class Probe {
        public static void main(String[] args) throws Exception {
            String[] program = {"corpus"};
            boolean commandLine = app.dateline.cli.DatelineCommand.wants(program);
            Optional<String> kind = FastStart.kind(program, commandLine);
            Optional<FastStart.Plan> plan = FastStart.plan(kind.orElseThrow(), program,
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                            .filter(a -> !a.startsWith("-Xlog") && !a.startsWith("-Xshare")).toList(),
                    Path.of(args[0]), java(), 1);
            System.out.println(String.join(" ", plan.orElseThrow().command()));
        }
    }
}
