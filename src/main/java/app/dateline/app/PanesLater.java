package app.dateline.app;

import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Runs a step once the window's first frame with what it opened is on screen: a few pulses after the reading
 * ended (or after the window was shown, when it reads nothing), or after {@link #PATIENCE_NANOS} of reading (a
 * long reading: the window should not stay half-empty). The window uses it to put its lists and article panes
 * in place only after the timeline is drawn, so that JavaFX's first styling and layout of the window (about
 * half of the JavaFX thread's work of a start) covers the menus, tool bar, timeline and status bar only.
 */
final class PanesLater {

    /**
     * Pulses after the reading before the step: the first draws the timeline; the step comes two frames after
     * that one (the start-up benchmark stops one frame after it, as it does for the bare window).
     */
    static final int PULSES = 3;
    /** How long a reading may keep the panes out of the window. */
    static final long PATIENCE_NANOS = 1_500_000_000L;

    private PanesLater() {
    }

    /**
     * Runs {@code step} once, on the JavaFX thread, {@link #PULSES} pulses after {@code loading} was last true, or
     * once {@code loading} has been true for {@link #PATIENCE_NANOS} since this call's first pulse.
     */
    static void run(ObservableBooleanValue loading, Runnable step) {
        run(loading, step, PATIENCE_NANOS);
    }

    /** {@link #run(ObservableBooleanValue, Runnable)} with another patience. */
    static void run(ObservableBooleanValue loading, Runnable step, long patienceNanos) {
        new AnimationTimer() {
            private long first = -1;
            private int idle;

            @Override
            public void handle(long now) {
                if (first < 0) {
                    first = now;
                }
                if (loading.get()) {
                    idle = 0;
                    if (now - first < patienceNanos) {
                        return;
                    }
                } else if (++idle < PULSES) {
                    return;
                }
                stop();
                step.run();
            }
        }.start();
    }
}
