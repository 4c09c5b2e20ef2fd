package app.dateline.engine.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Writes a file so that a crash never leaves half of it: the bytes go to a temporary file in the same folder,
 * are forced to disk, and the temporary file is then renamed over the target in one step. A reader sees the
 * old file or the new one, never a mix.
 * <p>
 * The new file keeps the old one's permissions; a file that did not exist gets the umask's (the temporary
 * file is created as any new file is). Each writer holds a lock on its temporary file until the rename, so the
 * next write can tell a temporary file left by a killed writer (no one holds its lock) from one being written,
 * and deletes the former (when it is more than ten seconds old). Only regular files (or nothing) are written this way: see
 * {@link OutputTarget} for the rest.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** A temporary file younger than this is never taken for abandoned. */
    static final long ABANDONED_AFTER_MILLIS = 10_000;

    /** What happens between the forced write and the rename; tests use it to stand for a crash. */
    public interface BeforeRename {
        void run(Path temporary) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, temporary -> { });
    }

    /** {@link #write(Path, byte[])} with {@code hook} run between the forced write and the rename (for tests). */
    public static void write(Path target, byte[] content, BeforeRename hook) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || absolute.getFileName() == null) {
            throw new IOException(target + " is a folder, not a file");
        }
        Files.createDirectories(folder);
        String prefix = "." + absolute.getFileName() + ".";
        removeAbandoned(folder, prefix);
        Set<PosixFilePermission> mode = modeOf(absolute);
        Path temporary = null;
        boolean moved = false;
        try (FileChannel ch = create(folder, prefix)) {
            temporary = created.get();
            FileLock lock = ch.lock();
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
            if (mode != null) {
                Files.setPosixFilePermissions(temporary, mode);
            }
            hook.run(temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            lock.release();
        } finally {
            created.remove();
            if (!moved && temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
        forceFolder(folder);
    }

    /** The temporary file {@link #create} made last on this thread. */
    private static final ThreadLocal<Path> created = new ThreadLocal<>();

    /**
     * A new, empty temporary file beside the target, open for writing, with the permissions any new file gets
     * (the umask's); its path is left in {@link #created}.
     */
    private static FileChannel create(Path folder, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[6];
            RANDOM.nextBytes(random);
            Path temporary = folder.resolve(prefix + HexFormat.of().formatHex(random) + ".tmp");
            try {
                FileChannel ch = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                created.set(temporary);
                return ch;
            } catch (FileAlreadyExistsException taken) {
                if (attempt > 100) {
                    throw taken;
                }
            }
        }
    }

    /** The permissions of the file now at the target, or null (no file, or a system without POSIX permissions). */
    private static Set<PosixFilePermission> modeOf(Path target) {
        try {
            return Files.getPosixFilePermissions(target);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * Deletes the temporary files of earlier writes of this target that no one is writing any more: a killed
     * writer's lock went with its process. A temporary file whose lock is held (another process, or this one,
     * writing now) is left alone.
     */
    static void removeAbandoned(Path folder, String prefix) {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp") && Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        })) {
            for (Path temp : temps) {
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    // one just made may not hold its writer's lock yet
                    boolean old = Files.getLastModifiedTime(temp).toMillis() < System.currentTimeMillis() - ABANDONED_AFTER_MILLIS;
                    FileLock lock = old ? ch.tryLock() : null;
                    if (lock != null) {
                        Files.deleteIfExists(temp);
                        lock.release();
                    }
                } catch (OverlappingFileLockException | IOException beingWritten) {
                    // someone in this process is writing it, or it cannot be opened: leave it
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy; the write goes on
        }
    }

    /** Makes the rename itself durable where the system allows opening a folder (not on Windows). */
    private static void forceFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the data itself is already on disk
        }
    }
}
