package app.dateline.engine.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Reads a file's bytes as one consistent snapshot: the file's size, modification time and identity are looked at
 * before and after the read, and a file that changed meanwhile (an editor saving it, a download still being
 * written) is read again, up to {@value #ATTEMPTS} times. A file that never holds still is returned as last read,
 * marked {@link Snapshot#changing()}, so the caller can say so rather than report a half-written file as, say,
 * empty. Never reads more than {@code maxBytes + 1} bytes, so a file growing without end cannot fill the memory.
 */
final class FileSnapshot {

    static final int ATTEMPTS = 3;

    /** What one look at the file found, before its bytes are read. */
    interface Check {
        void check(BasicFileAttributes attrs) throws IOException, ArticleReadException;
    }

    /** Reads at most {@code limit} bytes of a file; a seam for tests that change the file while it is read. */
    interface Read {
        byte[] read(Path path, int limit) throws IOException;
    }

    /** @param bytes the file's bytes as read; {@code changing} when the file changed during every attempt */
    record Snapshot(byte[] bytes, boolean changing) {
    }

    static final Read STREAM = (path, limit) -> {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(limit);
        }
    };

    private final Read read;

    FileSnapshot() {
        this(STREAM);
    }

    FileSnapshot(Read read) {
        this.read = read;
    }

    /**
     * @param check called with the file's attributes before each read (a folder, a pipe, a file too large: it
     *              throws, and nothing is read)
     * @param maxBytes at most this many bytes are kept; a file that grows past it while being read gives
     *                 {@code maxBytes + 1} bytes, for the caller to refuse
     */
    Snapshot read(Path path, long maxBytes, Check check) throws IOException, ArticleReadException {
        int limit = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
        byte[] bytes = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            BasicFileAttributes before = Files.readAttributes(path, BasicFileAttributes.class);
            check.check(before);
            bytes = read.read(path, limit);
            BasicFileAttributes after = Files.readAttributes(path, BasicFileAttributes.class);
            // a file of /proc or /sys tells no size (0) and holds text: it is what it is
            if (same(before, after) && (bytes.length == after.size() || after.size() == 0)) {
                return new Snapshot(bytes, false);
            }
            if (bytes.length > maxBytes) {
                break; // it grew past the limit: the caller refuses it, whatever it holds
            }
        }
        return new Snapshot(bytes, true);
    }

    private static boolean same(BasicFileAttributes a, BasicFileAttributes b) {
        return a.size() == b.size() && a.lastModifiedTime().equals(b.lastModifiedTime()) && Objects.equals(a.fileKey(), b.fileKey());
    }
}
