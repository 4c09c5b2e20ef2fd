package app.dateline.app.desktop;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * The handler for exceptions nobody caught, on any thread (the JavaFX thread's too: JavaFX hands an event
 * handler's exception to it and goes on). Each is written to the log with its stack trace, then shown in an
 * {@link ErrorDialog}; while one dialog is open, further errors are only logged (and counted in it), so a
 * failure repeated on every mouse move cannot bury the window in dialogs. The app keeps running.
 */
public final class CrashHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger("app.dateline.errors");

    private final Supplier<Window> owner;
    private final Path logFile;
    private Alert open;
    private int more;

    public CrashHandler(Supplier<Window> owner, Path logFile) {
        this.owner = owner;
        this.logFile = logFile;
    }

    /** Becomes the handler of every thread. */
    public static CrashHandler install(Supplier<Window> owner, Path logFile) {
        CrashHandler h = new CrashHandler(owner, logFile);
        Thread.setDefaultUncaughtExceptionHandler(h);
        return h;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "uncaught on thread " + thread.getName(), error);
        if (error instanceof VirtualMachineError && !(error instanceof StackOverflowError)) {
            return; // out of memory: a dialog could only make it worse; the log has it
        }
        try {
            if (Platform.isFxApplicationThread()) {
                show(error);
            } else {
                Platform.runLater(() -> show(error));
            }
        } catch (IllegalStateException toolkitGone) {
            // JavaFX is not running (or no longer): the log is all there is
        }
    }

    private void show(Throwable error) {
        if (open != null && open.isShowing()) {
            more++;
            open.setHeaderText("Unexpected error (and " + more + " more since, in the log)");
            return;
        }
        more = 0;
        open = ErrorDialog.create(owner.get(), error, logFile);
        open.show();
    }

    /** The dialog on screen, if one is (for tests). */
    public Alert openDialog() {
        return open != null && open.isShowing() ? open : null;
    }
}
