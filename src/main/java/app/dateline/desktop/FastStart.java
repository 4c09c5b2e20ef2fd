package app.dateline.desktop;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

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

    /** Runs the same program in a quicker JVM and returns its exit code; empty when it should run here. */
    public static Optional<Integer> relaunch(String kind, String[] args) {
        if (System.getProperty(DONE) != null || "false".equals(System.getProperty("dateline.relaunch"))) {
            return Optional.empty();
        }
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (jvm.stream().anyMatch(a -> USER_CHOSE.stream().anyMatch(a::startsWith))) {
            return Optional.empty();
        }
        Path jar = Path.of(System.getProperty("java.class.path", ""));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar) || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        try {
            Path archive = archive(jar, kind);
            Path fresh = null;
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.addAll(jvm);
            command.addAll(FLAGS);
            if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
                command.add("-XX:SharedArchiveFile=" + archive);
            } else {
                fresh = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                command.add("-XX:ArchiveClassesAtExit=" + fresh);
            }
            command.add("-D" + DONE + "=true");
            command.add("-cp");
            command.add(jar.toString());
            command.add("app.dateline.Launcher");
            command.addAll(List.of(args));
            return Optional.of(run(command, fresh, archive));
        } catch (IOException e) {
            return Optional.empty(); // no cache folder: start here, the slower way
        }
    }

    private static int run(List<String> command, Path fresh, Path archive) throws IOException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread stop = new Thread(child::destroy, "dateline-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return 130;
        }
        Runtime.getRuntime().removeShutdownHook(stop);
        if (fresh != null) {
            try {
                if (code == 0 && Files.isRegularFile(fresh) && Files.size(fresh) > 0) {
                    try {
                        Files.move(fresh, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(fresh, archive, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } finally {
                Files.deleteIfExists(fresh);
            }
        }
        return code;
    }

    /**
     * {@code cds/KIND-HASH.jsa} in the cache folder, the hash naming the jar (path, size, time) and the Java
     * runtime, so that a new build or a new Java never uses an old archive.
     */
    static Path archive(Path jar, String kind) throws IOException {
        Path folder = UserFolders.cache().resolve("cds");
        Files.createDirectories(folder);
        String id = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|"
                + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(kind + "-" + HexFormat.of().formatHex(h, 0, 8) + ".jsa");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
