package app.dateline.app;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of {@code bench-startup}: a JavaFX window that shows one label and quits once it is drawn,
 * started the same way as Dateline (from a class that does not extend {@code Application}, as the jar's
 * {@code Launcher}). What JavaFX and the JVM cost on this machine, and no more.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    /** The window. */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Dateline")), 640, 400));
            stage.setTitle("Bare window");
            stage.show();
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) { // the first pulse after show has drawn the label
                        stop();
                        Platform.exit();
                    }
                }
            }.start();
        }
    }
}
