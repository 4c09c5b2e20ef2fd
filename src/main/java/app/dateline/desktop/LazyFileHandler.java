package app.dateline.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * A {@link FileHandler} made on the first record: {@code dateline-0.log} in the folder (then {@code -1},
 * {@code -2} as each reaches 1 MB), appended to across runs, in {@link LogFormat}.
 */
final class LazyFileHandler extends Handler {

    static final int LIMIT_BYTES = 1 << 20;
    static final int FILES = 3;

    private final Path folder;
    private FileHandler file;
    private boolean failed;

    LazyFileHandler(Path folder) {
        this.folder = folder;
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
        if (file == null && !failed) {
            try {
                Files.createDirectories(folder);
                file = new FileHandler(folder.resolve("dateline-%g.log").toString(), LIMIT_BYTES, FILES, true);
                file.setFormatter(new LogFormat());
                file.setEncoding("UTF-8");
            } catch (IOException | RuntimeException e) {
                failed = true; // no log is no reason to stop; said once through the error manager
                reportError("cannot write the log in " + folder, e, ErrorManager.OPEN_FAILURE);
            }
        }
        return file;
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
