package app.dateline.engine.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, item 2: {@code --out} never destroys what is at the path. */
class OutputTargetTest {

    private static final byte[] CONTENT = "{\"events\": []}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    static void mkfifo(Path fifo) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "no mkfifo on this system");
            return;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES) // a hang guard, not a timing assertion
    void aFifoIsWrittenStraightIntoAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        mkfifo(fifo);
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        OutputTarget target = OutputTarget.of(fifo);
        assertThat(target.kind()).isEqualTo(OutputTarget.Kind.STREAM);
        target.write(CONTENT);
        assertThat(reader.get()).isEqualTo(CONTENT);
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aDeviceIsWrittenIntoNeverReplaced() throws Exception {
        Path devNull = TestDevices.devNull(dir);
        OutputTarget target = OutputTarget.of(devNull);
        assertThat(target.kind()).isEqualTo(OutputTarget.Kind.STREAM);
        target.write(CONTENT);
        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(OutputTarget.of(Path.of("/dev/stdout")).kind()).isEqualTo(OutputTarget.Kind.STREAM);
    }

    @Test
    void aLinkIsFollowedItsFileReplacedAndTheLinkKept() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        OutputTarget.of(link).write(CONTENT);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).isEqualTo(CONTENT);
        Path dangling = Files.createSymbolicLink(dir.resolve("nowhere.json"), dir.resolve("missing/x.json"));
        assertThatThrownBy(() -> OutputTarget.of(dangling)).isInstanceOf(OutputRefusedException.class)
                .hasMessage(dangling + ": is a link to a file that does not exist; give the file itself");
    }

    @Test
    void aReadOnlyFileIsRefusedEvenForTheSuperuserAndLeftAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("keep.json"), "precious");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> OutputTarget.of(file)).isInstanceOf(OutputRefusedException.class)
                .hasMessage(file + ": is read-only; make it writable (chmod u+w) or choose another file");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void aFolderIsRefused() {
        assertThatThrownBy(() -> OutputTarget.of(dir)).hasMessage(dir + ": is a folder; give a file name");
        assertThatThrownBy(() -> OutputTarget.of(Path.of("/"))).hasMessage("/: is a folder; give a file name");
    }

    @Test
    void aReplacedFileKeepsItsModeAndANewOneGetsTheUmasks() throws Exception {
        Path file = Files.writeString(dir.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        OutputTarget target = OutputTarget.of(file);
        assertThat(target.kind()).isEqualTo(OutputTarget.Kind.ATOMIC);
        target.write(CONTENT);
        assertThat(Files.readAllBytes(file)).isEqualTo(CONTENT);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");

        Path plain = dir.resolve("plain"); // made as any new file is: the umask decides
        Files.newOutputStream(plain).close();
        Path fresh = dir.resolve("fresh.json");
        OutputTarget.of(fresh).write(CONTENT);
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(plain));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aFullDiskIsAnErrorNotSilence() throws Exception {
        Path full = TestDevices.full(dir);
        assertThatThrownBy(() -> OutputTarget.of(full).write(CONTENT)).isInstanceOf(IOException.class)
                .hasMessageContaining("No space left on device");
    }
}
