package app.dateline.app.desktop;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Takes the windows off the screen first when the JVM is stopped with them open (SIGTERM, a terminal's Ctrl+C or
 * hang-up). A stopped JVM runs its shutdown hooks and then, in a first run, writes its class archive
 * ({@code -XX:ArchiveClassesAtExit}, see {@code FastStart}): seconds in which the window stayed on the screen,
 * frozen and blank where anything covered it. Hiding it also saves its size and dividers, as closing it does.
 */
public final class HideOnStop implements Runnable {

    /** How long the hook waits for the JavaFX thread to hide the windows (it may be busy, or stuck). */
    static final long WAIT_MILLIS = 2000;

    private static final AtomicBoolean ENDED = new AtomicBoolean();

    private HideOnStop() {
    }

    /** Installs the hook, once a JavaFX application has started. */
    public static void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(new HideOnStop(), "dateline-hide-on-stop"));
    }

    /**
     * Says that JavaFX ended on its own (the last window closed, Quit): no window is left, and the hook must not
     * wait for a JavaFX thread that is gone (it drops what it is given then).
     */
    public static void ended() {
        ENDED.set(true);
    }

    @Override
    public void run() {
        if (ENDED.get()) {
            return;
        }
        CountDownLatch hidden = new CountDownLatch(1);
        try {
            Platform.runLater(() -> {
                try {
                    for (Window w : List.copyOf(Window.getWindows())) {
                        w.hide();
                    }
                } finally {
                    hidden.countDown();
                }
            });
            hidden.await(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (IllegalStateException e) {
            // JavaFX never started or has gone: no window to hide
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
