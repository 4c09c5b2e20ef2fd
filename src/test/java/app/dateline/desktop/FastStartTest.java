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

    /** The first bytes of a class archive written whole (HotSpot's magic number, little-endian). */
    private static final byte[] WHOLE = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 1, 2, 3, 4};

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

        Files.write(first.archive(), WHOLE); // what the first run leaves
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
    void aStoppedLauncherEndsTheQuickJvmBeforeItGoesAndDeletesAnArchiveCutShort() throws Exception {
        // SIGTERM to the launcher left the window's JVM running on, writing its class archive
        Path archive = dir.resolve("window-0123.jsa");
        Path fresh = Files.write(dir.resolve("window-0123.jsa.99.tmp"), new byte[4096]); // the header is written last
        Process child = new ProcessBuilder("sleep", "600").start();
        try {
            new FastStart.Stop(child, new FastStart.Plan(List.of(), archive, fresh)).run();
            assertThat(child.isAlive()).as("the quick JVM outlived its launcher").isFalse();
            assertThat(fresh).doesNotExist();
            assertThat(archive).doesNotExist();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aBrokenArchiveIsMadeAgainAndOneWrittenWholeAfterItsLauncherWasKilledIsUsed() throws Exception {
        Path jar = jar();
        Path archive = FastStart.archive(jar, "window");
        Files.write(archive, new byte[4096]); // cut short: its header is zeros
        FastStart.Plan again = FastStart.plan("window", new String[0], List.of(), jar, java(), 1).orElseThrow();
        assertThat(again.fresh()).as("a broken archive is made again, not kept for ever").isNotNull();
        assertThat(archive).doesNotExist();

        Path orphan = Files.write(archive.resolveSibling(archive.getFileName() + ".4242.tmp"), WHOLE); // its launcher got SIGKILL
        FastStart.Plan next = FastStart.plan("window", new String[0], List.of(), jar, java(), 1).orElseThrow();
        assertThat(next.fresh()).isNull();
        assertThat(next.command()).contains("-XX:SharedArchiveFile=" + archive);
        assertThat(orphan).doesNotExist();
    }

    /**
     * A first run ended by a signal (SIGTERM to the launcher, as Ctrl+C or closing the terminal) keeps the archive its
     * quick JVM wrote as it ended, and the next JVM loads its classes from it: it used to be deleted, so every such run
     * was a first run again. A real launcher and a real quick JVM, each a process.
     */
    @Test
    void aFirstRunEndedByASignalKeepsAWholeArchiveThatTheNextRunUses() throws Exception {
        Path jar = dir.resolve("sleeper.jar");
        String entry = Sleeper.class.getName().replace('.', '/') + ".class";
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                var in = FastStartTest.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new java.util.jar.JarEntry(entry));
            in.transferTo(out);
        }
        Path archive = dir.resolve("cds").resolve("window-0123.jsa");
        Files.createDirectories(archive.getParent());
        Path output = dir.resolve("launcher.txt");
        Process launcher = new ProcessBuilder(java().toString(), "-cp", System.getProperty("java.class.path"),
                StoppedLauncher.class.getName(), jar.toString(), archive.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            for (int i = 0; i < 1200 && !Files.readString(output).contains("ready"); i++) {
                Thread.sleep(100); // waits for the quick JVM to run (not a timing assertion)
            }
            String ready = Files.readString(output);
            assertThat(ready).contains("ready");
            long quickJvm = Long.parseLong(ready.replaceFirst("(?s).*ready (\\d+).*", "$1"));

            launcher.destroy(); // SIGTERM, as kill or a session's end sends it
            assertThat(launcher.waitFor(120, TimeUnit.SECONDS)).isTrue();

            assertThat(ProcessHandle.of(quickJvm).map(ProcessHandle::isAlive)).as("the quick JVM outlived its launcher")
                    .isNotEqualTo(Optional.of(true));
            assertThat(Files.readString(output)).as("the launcher's output").doesNotContain("Exception");
            assertThat(FastStart.whole(archive)).as("the archive is kept").isTrue();
            try (var left = Files.list(archive.getParent())) {
                assertThat(left).containsExactly(archive);
            }
            Path log = dir.resolve("next.log");
            Process next = new ProcessBuilder(java().toString(), "-XX:SharedArchiveFile=" + archive, "-Xshare:auto",
                    "-Xlog:class+load:file=" + log, "-cp", jar.toString(), Sleeper.class.getName(), "once")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("next.txt").toFile()).start();
            assertThat(next.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(next.exitValue()).as(Files.readString(dir.resolve("next.txt"))).isZero();
            assertThat(Files.readAllLines(log)).as("the next run loads the program from the archive")
                    .anyMatch(l -> l.contains(Sleeper.class.getName() + " source: shared objects file"));
        } finally {
            launcher.destroyForcibly();
        }
    }

    /** The quick JVM of {@link #aFirstRunEndedByASignalKeepsAWholeArchiveThatTheNextRunUses}: says it runs, then waits. */
    static final class Sleeper {
        public static void main(String[] args) throws Exception {
            if (args.length > 0) {
                return;
            }
            System.out.println("ready " + ProcessHandle.current().pid());
            System.out.flush();
            Thread.sleep(600_000);
        }
    }

    /** The launcher of that test: starts the sleeper in a jar as FastStart starts a first run, and waits for it. */
    static final class StoppedLauncher {
        public static void main(String[] args) throws Exception {
            Path archive = Path.of(args[1]);
            Path fresh = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            List<String> command = new ArrayList<>(List.of(java().toString()));
            command.addAll(FastStart.FLAGS);
            command.addAll(List.of("-XX:ArchiveClassesAtExit=" + fresh, "-cp", args[0], Sleeper.class.getName()));
            System.exit(FastStart.run(new FastStart.Plan(command, archive, fresh)));
        }
    }

    @Test
    void aNewerJavaStartsJavaFxWithoutWarningsAndJava17GetsNoOptionItLacks() {
        assertThat(FastStart.newerRuntimeFlags(17)).isEmpty();
        assertThat(FastStart.newerRuntimeFlags(21)).isEmpty();
        assertThat(FastStart.newerRuntimeFlags(25)).containsExactly("--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow");
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
