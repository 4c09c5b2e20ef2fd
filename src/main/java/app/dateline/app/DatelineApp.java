package app.dateline.app;

import app.dateline.app.desktop.CrashHandler;
import app.dateline.app.desktop.Desktop;
import app.dateline.app.export.HeadlessFx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop application. Opens the folders or files given, or {@code corpus/} with no arguments.
 * With {@code -Ddateline.quitWhenDrawn=true} it quits once the timeline is first drawn (start-up timing); with
 * {@code -Ddateline.checkErrorDialog=true} it throws an uncaught exception once shown (to see the error dialog).
 */
public final class DatelineApp extends Application {

    public static void main(String[] args) {
        HeadlessFx.quietJavaFxWarnings();
        // the merger's word lists and the cache's folder get ready while JavaFX starts (reading the articles this early
        // was tried too: on two cores it only delays the window, the start-up being bound by CPU)
        MainWindow.warmUp();
        launch(DatelineApp.class, args);
    }

    private static List<Path> paths(List<String> raw) {
        return raw.isEmpty() ? defaultPaths() : raw.stream().map(Path::of).toList();
    }

    @Override
    public void start(Stage stage) {
        StartupReport.fxStarted();
        Desktop desktop = Desktop.forUser();
        CrashHandler.install(() -> stage, desktop.logFile());
        desktop.appearance().followWindows();
        desktop.pruneCacheLater();
        Desktop.iconsLater(stage);
        List<Path> paths = paths(getParameters().getRaw());
        MainWindow window = new MainWindow(stage,
                file -> getHostServices().showDocument(file.toAbsolutePath().toUri().toString()), desktop);
        if (Boolean.getBoolean("dateline.quitWhenDrawn")) {
            window.setOnFirstDrawn(() -> afterNextFrame(() -> {
                StartupReport.read(window.lastReadAt(), window.lastReadingMillis());
                StartupReport.write(System.getProperty("dateline.startupReport"));
                stage.close(); // as the user closes it (before Platform.exit, which leaves a pulse or two to run)
                Platform.exit();
            }));
        }
        window.panesLater();
        window.show();
        if (Boolean.getBoolean("dateline.checkErrorDialog")) {
            // to see the error dialog on a real display: an exception no code catches, on the JavaFX thread
            Platform.runLater(() -> {
                throw new IllegalStateException("a check of the error dialog, asked with -Ddateline.checkErrorDialog=true");
            });
        }
        StartupReport.shown();
        if (!paths.isEmpty()) {
            window.open(paths);
        }
    }

    /**
     * Runs {@code r} at the second pulse from now: the first one has drawn what was changed (as the bare window
     * of bench-startup quits once its label is drawn).
     */
    private static void afterNextFrame(Runnable r) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    r.run();
                }
            }
        }.start();
    }

    private static List<Path> defaultPaths() {
        Path corpus = Path.of("corpus");
        return Files.isDirectory(corpus) ? List.of(corpus) : List.of();
    }
}
