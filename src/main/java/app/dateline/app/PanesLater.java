package app.dateline.app;

import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Runs a step once the window's first frame with what it opened is on screen: a few pulses after the reading
 * ended (or after the window was shown, when it reads nothing). The window uses it to put its lists and
 * article panes in place only after the timeline is drawn, so that JavaFX's first styling and layout of the
 * window (about half of the JavaFX thread's work of a start) covers the menus, tool bar, timeline and status
 * bar, and the panes follow a few frames later.
 */
final class PanesLater {

    /**
     * Pulses after the reading before the step: the first draws the timeline; the step comes two frames after
     * that one (the start-up benchmark stops one frame after it, as it does for the bare window).
     */
    static final int PULSES = 3;

    private PanesLater() {
    }

    /** Runs {@code step} once, on the JavaFX thread, {@link #PULSES} pulses after {@code loading} was last true. */
    static void run(ObservableBooleanValue loading, Runnable step) {
        new AnimationTimer() {
            private int idle;
            private boolean done;

            @Override
            public void handle(long now) {
                if (loading.get()) {
                    // no pulses needed while the articles are read: start counting again once they are
                    stop();
                    idle = 0;
                    loading.addListener(new ChangeListener<>() {
                        @Override
                        public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                            if (!now) {
                                loading.removeListener(this);
                                start();
                            }
                        }
                    });
                } else if (++idle >= PULSES && !done) {
                    done = true;
                    stop();
                    step.run();
                }
            }
        }.start();
    }
}
