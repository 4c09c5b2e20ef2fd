package app.dateline.engine.cache;

import app.dateline.engine.files.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * House-keeping of the cache root. An {@code engine-*} folder (the extraction cache) and a {@code merge-*} folder
 * (the merger's) belong to one engine ({@link EngineFingerprint}): another version of Dateline on the same
 * machine (an installed package beside a developer's jar) has its own, so a folder is pruned only when no engine
 * has used it for {@link #UNUSED_FOR}, never the running engine's, whose last use is marked in it ({@link #MARK})
 * each time it prunes. "Clear" empties the whole root.
 */
public final class CacheFolders {

    /** How long an engine's folder is kept after its last use. */
    public static final Duration UNUSED_FOR = Duration.ofDays(30);

    /** The file in an engine's folder whose modification time is that engine's last use. */
    public static final String MARK = "last-used";

    private CacheFolders() {
    }

    /** The prefixes of the folders that belong to one engine. */
    static final List<String> PER_ENGINE = List.of("engine-", "merge-");

    /**
     * Marks the running engine's folders used now and deletes the {@code engine-*} and {@code merge-*} folders of
     * {@code root} not used for {@link #UNUSED_FOR}; returns those deleted.
     */
    public static List<Path> pruneStale(Path root) {
        return pruneStale(root, EngineFingerprint.current(), Instant.now(), UNUSED_FOR);
    }

    /**
     * Marks the folders of the engine {@code keepFingerprint} used at {@code now} (those that exist) and deletes
     * every other {@code engine-*} or {@code merge-*} folder last used before {@code now - unusedFor}. A folder's last use is its
     * {@link #MARK}'s time, or the folder's own for one without a mark (an engine from before the marks).
     */
    public static List<Path> pruneStale(Path root, String keepFingerprint, Instant now, Duration unusedFor) {
        List<Path> gone = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return gone;
        }
        Instant before = now.minus(unusedFor);
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                String prefix = PER_ENGINE.stream().filter(name::startsWith).findFirst().orElse(null);
                if (prefix == null || !Files.isDirectory(child)) {
                    continue;
                }
                if (name.equals(prefix + keepFingerprint)) {
                    markUsed(child, now);
                } else if (lastUse(child).isBefore(before)) {
                    FileTrees.delete(child);
                    gone.add(child);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prune the cache folder " + root, e);
        }
        return gone;
    }

    /** When an engine last used its folder: its {@link #MARK}'s time, or the folder's own. */
    public static Instant lastUse(Path engineFolder) throws IOException {
        Path mark = engineFolder.resolve(MARK);
        return (Files.isRegularFile(mark) ? Files.getLastModifiedTime(mark) : Files.getLastModifiedTime(engineFolder))
                .toInstant();
    }

    /** Sets the folder's {@link #MARK} to {@code when}. */
    public static void markUsed(Path engineFolder, Instant when) throws IOException {
        Path mark = engineFolder.resolve(MARK);
        if (!Files.exists(mark)) {
            Files.write(mark, new byte[0]);
        }
        Files.setLastModifiedTime(mark, FileTime.from(when));
    }

    /** Deletes everything inside {@code root} (not {@code root} itself). */
    public static void clear(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.toList()) {
                FileTrees.delete(child);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear the cache folder " + root, e);
        }
    }

    /** The bytes of the files under {@code root}. */
    public static long size(Path root) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // deleted meanwhile
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("could not measure the cache folder " + root, e);
        }
    }
}
