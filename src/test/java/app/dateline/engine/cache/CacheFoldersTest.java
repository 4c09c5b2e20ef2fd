package app.dateline.engine.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFoldersTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void anotherEnginesFolderUsedRecentlyIsKeptOneUnusedForLongIsPrunedTheRunningOneNever(@TempDir Path root)
            throws Exception {
        Path running = entry(root, "engine-run", "kept");
        Path runningMerges = entry(root, "merge-run", "kept");
        Path oldMerges = entry(root, "merge-0123old", "stale");
        Files.setLastModifiedTime(oldMerges, FileTime.from(NOW.minus(Duration.ofDays(45))));
        Path otherVersion = entry(root, "engine-other", "kept too");
        CacheFolders.markUsed(otherVersion, NOW.minus(Duration.ofDays(29)));
        Path old = entry(root, "engine-0123old", "stale");
        CacheFolders.markUsed(old, NOW.minus(Duration.ofDays(31)));
        Files.setLastModifiedTime(running, FileTime.from(NOW.minus(Duration.ofDays(400)))); // never pruned
        Files.createDirectories(root.resolve("cds"));
        Files.setLastModifiedTime(root.resolve("cds"), FileTime.from(NOW.minus(Duration.ofDays(400))));

        assertThat(CacheFolders.pruneStale(root, "run", NOW, Duration.ofDays(30))).containsExactly(old, oldMerges);

        assertThat(old).doesNotExist();
        assertThat(runningMerges.resolve("ab").resolve("entry")).hasContent("kept");
        assertThat(CacheFolders.lastUse(runningMerges)).isEqualTo(NOW);
        assertThat(running.resolve("ab").resolve("entry")).hasContent("kept");
        assertThat(otherVersion.resolve("ab").resolve("entry")).hasContent("kept too");
        assertThat(root.resolve("cds")).isDirectory();
    }

    @Test
    void eachPruneMarksTheRunningEngineUsedSoTwoVersionsKeepEachOthersFolders(@TempDir Path root) throws Exception {
        Path a = entry(root, "engine-a", "a's");
        Path b = entry(root, "engine-b", "b's");
        Duration month = Duration.ofDays(30);

        // version a starts, then version b a week later, then a again 25 days after that: nothing is lost
        assertThat(CacheFolders.pruneStale(root, "a", NOW, month)).isEmpty();
        assertThat(CacheFolders.lastUse(a)).isEqualTo(NOW);
        assertThat(CacheFolders.pruneStale(root, "b", NOW.plus(Duration.ofDays(7)), month)).isEmpty();
        assertThat(CacheFolders.pruneStale(root, "a", NOW.plus(Duration.ofDays(32)), month)).isEmpty();
        assertThat(b.resolve("ab").resolve("entry")).hasContent("b's");

        // b is not started again: 30 days after its last use a's start prunes it
        assertThat(CacheFolders.pruneStale(root, "a", NOW.plus(Duration.ofDays(38)), month)).containsExactly(b);
        assertThat(a.resolve("ab").resolve("entry")).hasContent("a's");
    }

    @Test
    void aFolderWithoutAMarkIsAgedByItsOwnTime(@TempDir Path root) throws Exception {
        Path recent = entry(root, "engine-recent", "x");
        Files.setLastModifiedTime(recent, FileTime.from(NOW.minus(Duration.ofDays(2))));
        Path old = entry(root, "engine-old", "y");
        Files.setLastModifiedTime(old, FileTime.from(NOW.minus(Duration.ofDays(90))));

        assertThat(CacheFolders.pruneStale(root, "run", NOW, Duration.ofDays(30))).containsExactly(old);
        assertThat(recent).isDirectory();
    }

    @Test
    void theUsersPruneKeepsTheRunningEngineAndAFolderJustUsed(@TempDir Path root) throws Exception {
        Path current = entry(root, "engine-" + EngineFingerprint.current(), "kept");
        Path fresh = entry(root, "engine-0123other", "kept too");

        assertThat(CacheFolders.pruneStale(root)).isEmpty();

        assertThat(current.resolve("ab").resolve("entry")).hasContent("kept");
        assertThat(fresh.resolve("ab").resolve("entry")).hasContent("kept too");
        assertThat(current.resolve(CacheFolders.MARK)).isRegularFile();
    }

    private static Path entry(Path root, String engine, String content) throws Exception {
        Path folder = root.resolve(engine);
        Files.createDirectories(folder.resolve("ab"));
        Files.writeString(folder.resolve("ab").resolve("entry"), content);
        return folder;
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
