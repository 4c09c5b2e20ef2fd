package app.dateline.engine.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * House-keeping of the cache root: an {@code engine-*} folder left by an older engine or older rules is never
 * read again ({@link EngineFingerprint}), so it is pruned; "Clear" empties the whole root.
 */
public final class CacheFolders {

    private CacheFolders() {
    }

    /** Deletes every {@code engine-*} folder of {@code root} but the running engine's; returns those deleted. */
    public static List<Path> pruneStale(Path root) {
        return pruneStale(root, EngineFingerprint.current());
    }

    public static List<Path> pruneStale(Path root, String keepFingerprint) {
        List<Path> gone = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return gone;
        }
        String keep = "engine-" + keepFingerprint;
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith("engine-") && !name.equals(keep) && Files.isDirectory(child)) {
                    deleteTree(child);
                    gone.add(child);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prune the cache folder " + root, e);
        }
        return gone;
    }

    /** Deletes everything inside {@code root} (not {@code root} itself). */
    public static void clear(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.toList()) {
                deleteTree(child);
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

    private static void deleteTree(Path top) throws IOException {
        try (Stream<Path> all = Files.walk(top)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
