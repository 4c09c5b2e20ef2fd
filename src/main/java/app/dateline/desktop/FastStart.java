package app.dateline.desktop;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Starts short runs (the window, {@code export-png}) sooner, where the user types no flags: {@code java -jar
 * dateline.jar} and the app image's launcher start a second JVM on the same jar with
 * <ul>
 *   <li>an AppCDS archive of the classes a start loads, per jar and per kind of run, made by the first run
 *       ({@code -XX:ArchiveClassesAtExit}) in the cache folder's {@code cds/} and used by the next ones,</li>
 *   <li>{@code -XX:TieredStopAtLevel=1} (a start is spent compiling: the quick compiler is enough), and</li>
 *   <li>{@code -XX:+UseSerialGC} (one small heap, no collector threads to start).</li>
 * </ul>
 * The first JVM only waits for the second and passes its exit code on (about 0.1 s). Nothing happens when
 * the user chose such flags, when the classes are not in one jar ({@code mvn javafx:run} sets the flags in
 * the pom), when {@code -Ddateline.relaunch=false}, or in the second JVM itself.
 */
public final class FastStart {

    static final String DONE = "dateline.relaunched";
    private static final List<String> USER_CHOSE = List.of("-XX:TieredStopAtLevel", "-XX:+Use", "-XX:SharedArchiveFile",
            "-XX:ArchiveClassesAtExit", "-Xshare", "-XX:-TieredCompilation", "-agentlib", "-javaagent", "-Xdebug", "-Xint");
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
            "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private FastStart() {
    }

    /** The kind of short run the arguments ask for ({@code window} or {@code export-png}), if any. */
    public static Optional<String> kind(String[] args, boolean commandLine) {
        if (!commandLine) {
            return Optional.of("window");
        }
        return args.length > 0 && args[0].equals("export-png") ? Optional.of("export-png") : Optional.empty();
    }

    /**
     * Runs the same program in a quicker JVM and returns its exit code; empty when it should run here. This runs
     * in the JVM the user started, before anything else, with none of the app's classes in a shared archive: it
     * loads as few classes as it can (no library, no engine class, no lambda, no stream, no message digest).
     */
    public static Optional<Integer> relaunch(String kind, String[] args) {
        if (System.getProperty(DONE) != null || "false".equals(System.getProperty("dateline.relaunch"))) {
            return Optional.empty();
        }
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        try {
            Optional<Plan> plan = plan(kind, args, runtime.getInputArguments(), Path.of(System.getProperty("java.class.path", "")),
                    Path.of(System.getProperty("java.home"), "bin", "java"), runtime.getStartTime());
            return plan.isEmpty() ? Optional.empty() : Optional.of(run(plan.get()));
        } catch (IOException e) {
            return Optional.empty(); // no cache folder: start here, the slower way
        }
    }

    /**
     * The quick JVM's command and its archive, or empty when this JVM should run the program itself: the user
     * chose JVM flags, the classes are not in one jar, or there is no {@code bin/java}.
     *
     * @param jvm       this JVM's options, passed on
     * @param startedAt when this JVM started (epoch milliseconds), passed on for the start-up report
     */
    static Optional<Plan> plan(String kind, String[] args, List<String> jvm, Path jar, Path java, long startedAt) throws IOException {
        if (userChose(jvm) || !jar.toString().endsWith(".jar") || !Files.isRegularFile(jar) || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        Path archive = archive(jar, kind);
        boolean ready = usable(archive);
        Path fresh = ready ? null : archive.resolveSibling(String.join("", archive.getFileName().toString(), ".",
                Long.toString(ProcessHandle.current().pid()), ".tmp"));
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvm);
        command.addAll(FLAGS);
        command.addAll(newerRuntimeFlags(Runtime.version().feature()));
        command.add(fresh == null ? "-XX:SharedArchiveFile=".concat(archive.toString())
                : "-XX:ArchiveClassesAtExit=".concat(fresh.toString()));
        command.add("-D".concat(DONE).concat("=").concat(Long.toString(startedAt)));
        command.add("-cp");
        command.add(jar.toString());
        command.add("app.dateline.Launcher");
        command.addAll(List.of(args));
        return Optional.of(new Plan(List.copyOf(command), archive, fresh));
    }

    /**
     * What Java 24 and later need to start JavaFX without nine lines of warnings on stderr at every start: JavaFX
     * loads its native libraries ({@code System::load}) and allocates through {@code sun.misc.Unsafe} (Marlin). Both
     * are allowed on an older runtime, where the second option does not exist (Java 17 refuses to start with it).
     */
    static List<String> newerRuntimeFlags(int javaFeature) {
        return javaFeature >= 24 ? List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow") : List.of();
    }

    /**
     * What to start: the command, the archive it uses or makes, and (when it makes one) the file the archive is
     * written to first, renamed to {@code archive} when the quick JVM wrote it whole ({@link #keep}).
     */
    record Plan(List<String> command, Path archive, Path fresh) {
    }

    /** When the JVM the user started began (epoch milliseconds), in the quick JVM; else -1. */
    public static long launchedAt() {
        try {
            return Long.parseLong(System.getProperty(DONE, "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether the JVM was started with flags of its own (the user's choice is kept: no relaunch). */
    static boolean userChose(List<String> jvm) {
        for (String arg : jvm) {
            for (String flag : USER_CHOSE) {
                if (arg.startsWith(flag)) {
                    return true;
                }
            }
        }
        return false;
    }

    static int run(Plan plan) throws IOException {
        Process child = new ProcessBuilder(plan.command()).inheritIO().start();
        Thread stop = new Thread(new Stop(child, plan), "dateline-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return 130;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException stopping) {
            return code; // this JVM was stopped (a signal): the hook ends the run and keeps the archive
        }
        keep(plan);
        return code;
    }

    /**
     * Puts the archive the quick JVM wrote in its place when it is whole, however the run ended (the window closed,
     * Ctrl+C, SIGTERM, the terminal closed: the JVM writes it as it ends), and deletes what is left of it.
     */
    static void keep(Plan plan) {
        Path fresh = plan.fresh();
        if (fresh == null) {
            return;
        }
        try {
            if (whole(fresh)) {
                try {
                    Files.move(fresh, plan.archive(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(fresh, plan.archive(), StandardCopyOption.REPLACE_EXISTING);
                }
                prune(plan.archive());
            }
            Files.deleteIfExists(fresh);
        } catch (IOException | RuntimeException e) {
            // house-keeping only: the next run makes the archive again, prune() removes what is a day old
        }
    }

    /**
     * The first bytes of a class archive HotSpot wrote whole: its magic number (0xf00baba8, in the machine's byte
     * order). The JVM writes an archive's header last, so one cut short (the JVM killed as it wrote it, a full
     * disk) begins with zeros: such an archive is never used, and never kept.
     */
    private static final int MAGIC = 0xf00baba8;

    /** True when {@code archive} is a class archive written whole. */
    static boolean whole(Path archive) {
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        try (java.io.InputStream in = Files.newInputStream(archive)) {
            byte[] head = in.readNBytes(4);
            if (head.length < 4) {
                return false;
            }
            int little = (head[0] & 0xff) | (head[1] & 0xff) << 8 | (head[2] & 0xff) << 16 | (head[3] & 0xff) << 24;
            int big = (head[3] & 0xff) | (head[2] & 0xff) << 8 | (head[1] & 0xff) << 16 | (head[0] & 0xff) << 24;
            return little == MAGIC || big == MAGIC;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * True when the archive can be used. A broken one (cut short) is deleted, so that this run makes it again instead
     * of every later run starting without it; so is one the launcher could not rename (it was killed, SIGKILL, while
     * the quick JVM went on and wrote it whole): that one is put in place.
     */
    static boolean usable(Path archive) throws IOException {
        if (whole(archive)) {
            return true;
        }
        Files.deleteIfExists(archive);
        String name = archive.getFileName().toString().concat(".");
        try (DirectoryStream<Path> left = Files.newDirectoryStream(archive.getParent(), name.concat("*.tmp"))) {
            for (Path tmp : left) {
                if (whole(tmp)) {
                    keep(new Plan(List.of(), archive, tmp));
                    return whole(archive);
                }
            }
        }
        return false;
    }

    /** How many archives of one kind are kept (each build of the jar, each Java runtime makes its own). */
    static final int KEPT = 3;

    /**
     * Deletes the archives of {@code archive}'s kind but the {@value #KEPT} newest (each is 20 to 40 MB, and
     * every new build of the jar makes one), and what runs that died left half-written a day ago.
     */
    static void prune(Path archive) {
        String name = archive.getFileName().toString();
        String kind = name.substring(0, name.lastIndexOf('-') + 1);
        List<Path> mine = new ArrayList<>();
        long dayAgo = System.currentTimeMillis() - 24L * 3600 * 1000;
        try (DirectoryStream<Path> all = Files.newDirectoryStream(archive.getParent(), kind.concat("*"))) {
            for (Path p : all) {
                String n = p.getFileName().toString();
                if (n.endsWith(".jsa") && n.length() == name.length()) {
                    mine.add(p);
                } else if (n.endsWith(".tmp") && Files.getLastModifiedTime(p).toMillis() < dayAgo) {
                    Files.deleteIfExists(p);
                }
            }
            mine.sort(Comparator.comparing(FastStart::modified).reversed());
            for (Path old : mine.subList(Math.min(KEPT, mine.size()), mine.size())) {
                if (!old.equals(archive)) {
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException | RuntimeException e) {
            // house-keeping only: a folder that cannot be listed keeps its files
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * How long a stopped launcher waits for the quick JVM to end before it kills it: enough for a first run to write
     * its archive as it ends (5 to 9 s on a loaded machine).
     */
    static final long STOP_WAIT_SECONDS = 30;

    /**
     * Stops the quick JVM when this one is stopped (SIGTERM, a terminal's Ctrl+C or hang-up), and waits for it: the
     * window's JVM never outlives its launcher. A first run's quick JVM writes its archive as it ends (JavaFX's own
     * shutdown hook has taken the window off the screen by then); a whole archive is kept, so a run ended by a signal
     * is a first run only once (it used to be deleted, and every such run was a first run again). One the JVM
     * could not finish (killed after the wait) is deleted. A class, not a lambda: see {@link #relaunch}.
     */
    static final class Stop implements Runnable {
        private final Process child;
        private final Plan plan;

        Stop(Process child, Plan plan) {
            this.child = child;
            this.plan = plan;
        }

        @Override
        public void run() {
            child.destroy();
            try {
                if (!child.waitFor(STOP_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
                    child.destroyForcibly().waitFor(STOP_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                child.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            keep(plan);
        }
    }

    /**
     * {@code cds/KIND-HASH.jsa} in the cache folder, the hash naming the jar (path, size, time) and the Java
     * runtime, so that a new build or a new Java never uses an old archive. The hash is two CRC-32s (of the
     * name and of the name reversed): enough to tell a handful of builds apart, and it needs none of the security
     * providers a message digest loads (a tenth of a second on a cold JVM).
     */
    static Path archive(Path jar, String kind) throws IOException {
        Path folder = UserFolders.cache().resolve("cds");
        Files.createDirectories(folder);
        String id = String.join("|", jar.toAbsolutePath().toString(), Long.toString(Files.size(jar)),
                Long.toString(Files.getLastModifiedTime(jar).toMillis()), System.getProperty("java.home"),
                System.getProperty("java.vm.version"));
        return folder.resolve(String.join("", kind, "-", hash(id), ".jsa"));
    }

    /** Sixteen hex digits naming {@code id}. */
    static String hash(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        CRC32 forward = new CRC32();
        forward.update(bytes);
        byte[] reversed = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            reversed[i] = bytes[bytes.length - 1 - i];
        }
        CRC32 backward = new CRC32();
        backward.update(reversed);
        return HexFormat.of().toHexDigits((forward.getValue() << 32) | backward.getValue());
    }
}
