package app.dateline.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * A {@link FileHandler} made on the first record: {@code dateline-0.log} in the folder, appended to across runs, in
 * {@link LogFormat}; when it has reached 1 MB it becomes {@code -1} (and {@code -1} becomes {@code -2}, the oldest
 * dropped) before the next record is written. The rotation is done here, before a record, because a {@link FileHandler}
 * with a limit rotates after the record that crosses it: that record, often the error a dialog has just sent the user
 * to {@code dateline-0.log} for, would be in {@code -1} and {@code -0} empty.
 */
final class LazyFileHandler extends Handler {

    static final int LIMIT_BYTES = 1 << 20;
    static final int FILES = 3;

    private final Path folder;
    private final long limitBytes;
    private FileHandler file;
    private boolean failed;

    LazyFileHandler(Path folder) {
        this(folder, LIMIT_BYTES);
    }

    /** With another size at which the newest file is rotated (for tests). */
    LazyFileHandler(Path folder, long limitBytes) {
        this.folder = folder;
        this.limitBytes = limitBytes;
    }

    /** The newest log file, the one every record is written to. */
    static Path newest(Path folder) {
        return folder.resolve("dateline-0.log");
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        FileHandler h = open();
        if (h != null) {
            h.publish(record);
            h.flush();
        }
    }

    private FileHandler open() {
        if (failed) {
            return null;
        }
        try {
            if (full()) {
                close();
                rotate();
            }
            if (file == null) {
                Files.createDirectories(folder);
                file = new FileHandler(newest(folder).toString(), 0, 1, true);
                file.setFormatter(new LogFormat());
                file.setEncoding("UTF-8");
            }
        } catch (IOException | RuntimeException e) {
            failed = true; // no log is no reason to stop; said once through the error manager
            reportError("cannot write the log in " + folder, e, ErrorManager.OPEN_FAILURE);
        }
        return file;
    }

    private boolean full() throws IOException {
        Path newest = newest(folder);
        return Files.exists(newest) && Files.size(newest) >= limitBytes;
    }

    /** {@code -1} to {@code -2}, ..., {@code -0} to {@code -1}: the oldest is overwritten. */
    private void rotate() throws IOException {
        for (int g = FILES - 1; g >= 1; g--) {
            Path older = folder.resolve("dateline-" + (g - 1) + ".log");
            if (Files.exists(older)) {
                Files.move(older, folder.resolve("dateline-" + g + ".log"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Override
    public synchronized void flush() {
        if (file != null) {
            file.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (file != null) {
            file.close();
            file = null;
        }
    }
}
