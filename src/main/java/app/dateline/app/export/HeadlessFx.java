package app.dateline.app.export;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/**
 * Starts JavaFX with no display (Monocle's headless glass, the software renderer) for the command line:
 * export-png and the benchmarks draw the same controls as the window, off screen. The properties must be set
 * before the toolkit starts, which is why this is the first JavaFX thing those commands touch.
 */
public final class HeadlessFx {

    /** Held here: java.util.logging forgets the level of a logger nobody holds. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private static boolean started;

    /** JavaFX warns on the class path ("Unsupported JavaFX configuration"): true, and nothing a user can act on. */
    public static void quietJavaFxWarnings() {
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private HeadlessFx() {
    }

    public static synchronized void start() {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        // Monocle's headless screen is 1280x800 unless told otherwise, and fails on larger windows
        System.setProperty("headless.geometry", System.getProperty("headless.geometry", "3840x2160-32"));
        quietJavaFxWarnings();
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        }
        Platform.setImplicitExit(false);
        try {
            up.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JavaFX started", e);
        }
        started = true;
    }

    /** Runs {@code work} on the JavaFX thread and waits for its result (or runs it at once when already there). */
    public static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }
}
