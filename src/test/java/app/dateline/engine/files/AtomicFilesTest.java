package app.dateline.engine.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, item 18: temporary files left by a killed save are cleaned up on the next save. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private Path temp(String name) throws Exception {
        Path t = Files.writeString(dir.resolve(name), "{\"format\": \"dateline-pro");
        Files.setLastModifiedTime(t, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        return t;
    }

    @Test
    void aKilledSavesTemporaryFileIsRemovedByTheNextSave() throws Exception {
        temp(".p.dateline.json.1a2b3c.tmp");
        temp(".p.dateline.json.4d5e6f.tmp");
        Files.writeString(dir.resolve(".other.json.777.tmp"), "not ours");
        AtomicFiles.write(dir.resolve("p.dateline.json"), "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(names()).containsExactly(".other.json.777.tmp", "p.dateline.json");
    }

    @Test
    void aTemporaryFileSomeoneIsWritingIsLeftAlone() throws Exception {
        Path busy = temp(".p.dateline.json.beef.tmp");
        try (FileChannel ch = FileChannel.open(busy, StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            AtomicFiles.write(dir.resolve("p.dateline.json"), "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(names()).containsExactly(".p.dateline.json.beef.tmp", "p.dateline.json");
        }
        Path young = Files.writeString(dir.resolve(".p.dateline.json.cafe.tmp"), "just made");
        AtomicFiles.write(dir.resolve("p.dateline.json"), "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(names()).containsExactly(".p.dateline.json.cafe.tmp", "p.dateline.json");
        assertThat(young).exists();
    }
}
