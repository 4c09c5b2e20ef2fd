package app.dateline.engine.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Where a command's output goes ({@code --out FILE}), decided before the work starts, so that a bad target is
 * refused at once and nothing at the path is destroyed:
 * <ul>
 * <li>nothing there, or a regular file: written atomically (a temporary file renamed over it,
 *     {@link AtomicFiles}); a replaced file keeps its permissions, a new one gets the umask's;</li>
 * <li>a link: followed deliberately; the file it points to is replaced as above and the link stays a link
 *     (a link to nothing is refused);</li>
 * <li>a named pipe, a device ({@code /dev/null}, a terminal) or {@code /dev/stdout}, {@code /dev/fd/N}: written
 *     straight into, never replaced;</li>
 * <li>a folder, or a read-only file: refused with a message. Read-only is judged from the permission bits,
 *     not from a failed open, since the superuser can open anything.</li>
 * </ul>
 */
public final class OutputTarget {

    /** How the bytes get there. */
    public enum Kind {
        /** A temporary file renamed over the path (nothing there, or a regular file). */
        ATOMIC,
        /** Written into what is there: a pipe, a device, a descriptor. */
        STREAM
    }

    private final Path requested;
    private final Path path;
    private final Kind kind;

    private OutputTarget(Path requested, Path path, Kind kind) {
        this.requested = requested;
        this.path = path;
        this.kind = kind;
    }

    /**
     * Looks at what is at {@code path} and decides.
     *
     * @throws OutputRefusedException when it is a folder, a read-only file or a link to nothing, naming it
     */
    public static OutputTarget of(Path path) throws OutputRefusedException {
        String name = path.toString();
        if (isDescriptor(path)) {
            return new OutputTarget(path, path, Kind.STREAM);
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class); // follows a link
        } catch (NoSuchFileException nothing) {
            if (Files.isSymbolicLink(path)) {
                throw new OutputRefusedException(name, "is a link to a file that does not exist; give the file itself");
            }
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
                throw new OutputRefusedException(name, "cannot be made: " + parent + " is not a folder");
            }
            return new OutputTarget(path, path, Kind.ATOMIC);
        } catch (IOException e) {
            throw new OutputRefusedException(name, "cannot be looked at: " + reason(e));
        }
        if (attrs.isDirectory()) {
            throw new OutputRefusedException(name, "is a folder; give a file name");
        }
        if (attrs.isOther()) {
            return new OutputTarget(path, path, Kind.STREAM);
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw new OutputRefusedException(name, "cannot be looked at: " + reason(e));
        }
        if (isReadOnly(real)) {
            throw new OutputRefusedException(name, "is read-only; make it writable (chmod u+w) or choose another file");
        }
        return new OutputTarget(path, real, Kind.ATOMIC);
    }

    public Kind kind() {
        return kind;
    }

    /** The file written: the path given, or where its link leads. */
    public Path path() {
        return path;
    }

    /** Writes {@code content} there; an {@link IOException} says what failed (a full disk, a closed pipe). */
    public void write(byte[] content) throws IOException {
        if (kind == Kind.ATOMIC) {
            AtomicFiles.write(path, content);
            return;
        }
        try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.WRITE)) {
            out.write(content);
            out.flush();
        }
    }

    @Override
    public String toString() {
        return requested.toString();
    }

    /** {@code /dev/stdout}, {@code /dev/stderr}, {@code /dev/fd/N}, {@code /proc/self/fd/N}: an open descriptor. */
    private static boolean isDescriptor(Path path) {
        String p = path.toAbsolutePath().normalize().toString();
        return p.equals("/dev/stdout") || p.equals("/dev/stderr") || p.startsWith("/dev/fd/") || p.startsWith("/proc/self/fd/");
    }

    /** No write permission for anyone, or none the system grants this user. */
    private static boolean isReadOnly(Path file) {
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            if (!mode.contains(PosixFilePermission.OWNER_WRITE) && !mode.contains(PosixFilePermission.GROUP_WRITE)
                    && !mode.contains(PosixFilePermission.OTHERS_WRITE)) {
                return true;
            }
        } catch (IOException | UnsupportedOperationException notPosix) {
            // judged by the system below
        }
        return !Files.isWritable(file);
    }

    static String reason(IOException e) {
        String reason = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? "the system gave no reason" : reason.strip();
    }
}
