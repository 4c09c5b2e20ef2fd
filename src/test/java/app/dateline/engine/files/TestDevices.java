package app.dateline.engine.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Device nodes for tests that write into devices. A code that replaces what is at its output path (the very
 * defect these tests look for) must not replace the system's {@code /dev/full} or {@code /dev/null}: where the
 * tests may (as root, as CI runs) they make their own node of the same device in the test's folder; otherwise
 * they use the system's, which a user who is not root cannot replace. Skipped where neither exists.
 */
public final class TestDevices {

    private TestDevices() {
    }

    /** A node of the "full" device (every write fails with "No space left on device"). */
    public static Path full(Path dir) throws Exception {
        return node(dir, "full", 7);
    }

    /** A node of the null device. */
    public static Path devNull(Path dir) throws Exception {
        return node(dir, "null", 3);
    }

    private static Path node(Path dir, String name, int minor) throws Exception {
        Path own = dir.resolve(name);
        try {
            Process p = new ProcessBuilder("mknod", own.toString(), "c", "1", String.valueOf(minor)).redirectErrorStream(true).start();
            if (p.waitFor() == 0 && Files.exists(own) && !Files.isRegularFile(own)) {
                return own;
            }
        } catch (java.io.IOException noMknod) {
            // use the system's
        }
        Path system = Path.of("/dev", name);
        assumeTrue(Files.exists(system) && !Files.isRegularFile(system), "no " + system + " device here");
        return system;
    }
}
