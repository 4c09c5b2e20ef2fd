package app.dateline.engine.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads a file Dateline keeps (a project file, a cache entry) only when it is what it should be: a regular file
 * of a sane size. A named pipe would block the read for ever, a device such as {@code /dev/zero} (or a link to
 * it) never ends, and an absurdly large file would fill the memory: each is refused before it is opened.
 */
public final class RegularFiles {

    /** Why a file was not read, in words. */
    public static final class Refused extends IOException {

        private final boolean notRegular;

        Refused(String problem, boolean notRegular) {
            super(problem);
            this.notRegular = notRegular;
        }

        /** True when it is not a regular file at all (a pipe, a device, a folder, a link to one). */
        public boolean notRegular() {
            return notRegular;
        }
    }

    private RegularFiles() {
    }

    /**
     * The bytes of {@code file}, following a link only when {@code followLinks}.
     *
     * @throws Refused              when it is not a regular file or is over {@code maxBytes}
     * @throws java.nio.file.NoSuchFileException when there is nothing there
     */
    public static byte[] read(Path file, long maxBytes, boolean followLinks) throws IOException {
        LinkOption[] options = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, options);
        if (!attrs.isRegularFile()) {
            String what = attrs.isDirectory() ? "a folder" : attrs.isSymbolicLink() ? "a link" : "a pipe or a device";
            throw new Refused("is not a regular file (" + what + "); it is not read", true);
        }
        if (attrs.size() > maxBytes) {
            throw new Refused("is too large (" + megabytes(attrs.size()) + "; at most " + megabytes(maxBytes) + "); it is not read", false);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new Refused("grew past " + megabytes(maxBytes) + " while it was read; it is not read", false);
            }
            return bytes;
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
