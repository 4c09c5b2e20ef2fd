package app.dateline.engine.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFoldersTest {

    @Test
    void staleEngineFoldersArePrunedTheRunningOnesAndOtherFilesKept(@TempDir Path root) throws Exception {
        String current = EngineFingerprint.current();
        Files.createDirectories(root.resolve("engine-" + current).resolve("ab"));
        Files.writeString(root.resolve("engine-" + current).resolve("ab").resolve("entry"), "kept");
        Files.createDirectories(root.resolve("engine-0123old").resolve("cd"));
        Files.writeString(root.resolve("engine-0123old").resolve("cd").resolve("entry"), "stale");
        Files.createDirectories(root.resolve("cds"));

        assertThat(CacheFolders.pruneStale(root)).containsExactly(root.resolve("engine-0123old"));

        assertThat(root.resolve("engine-0123old")).doesNotExist();
        assertThat(root.resolve("engine-" + current).resolve("ab").resolve("entry")).hasContent("kept");
        assertThat(root.resolve("cds")).isDirectory();
    }

    @Test
    void clearEmptiesTheRootAndSizeCountsTheBytes(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("engine-x").resolve("ab"));
        Files.write(root.resolve("engine-x").resolve("ab").resolve("entry"), new byte[1000]);
        Files.write(root.resolve("loose"), new byte[24]);
        assertThat(CacheFolders.size(root)).isEqualTo(1024);

        CacheFolders.clear(root);

        assertThat(root).isEmptyDirectory();
        assertThat(CacheFolders.size(root)).isZero();
    }

    @Test
    void aMissingRootIsNothingToDo(@TempDir Path dir) {
        Path missing = dir.resolve("none");
        assertThat(CacheFolders.pruneStale(missing)).isEmpty();
        CacheFolders.clear(missing);
        assertThat(CacheFolders.size(missing)).isZero();
    }
}
