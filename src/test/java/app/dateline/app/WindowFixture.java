package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.export.TimelinePicture;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One Dateline window on the seed corpus, started once for all UI tests (headless, Monocle). Tests put it
 * back as they found it ({@link #reset}).
 */
final class WindowFixture {

    private static MainWindow window;

    private WindowFixture() {
    }

    static synchronized MainWindow window() throws Exception {
        if (window == null) {
            Stage stage = FxToolkit.registerPrimaryStage();
            FxToolkit.setupFixture(() -> {
                window = new MainWindow(stage, null);
                window.show();
                window.open(List.of(corpus()));
            });
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window != null && !window.loadingProperty().get()
                    && !window.workspace().events().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.timeline().getModel().isEmpty()).isFalse();
        }
        return window;
    }

    static Path corpus() {
        return Path.of(System.getProperty("dateline.corpus", "corpus"));
    }

    /** Clears filters and selection and shows the whole timeline. */
    static void reset(MainWindow w) throws Exception {
        FxToolkit.setupFixture(() -> {
            // other tests' windows may have come and gone since: the keys go to this one again
            w.stage().toFront();
            w.stage().requestFocus();
            w.workspace().filter().reset();
            w.searchField().clear();
            w.workspace().setSelected(null);
            w.timeline().fit();
            w.timeline().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS); // the search field's typing pause
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves a picture of the window when -Ddateline.shots=DIR is given: for looking at, not for asserting. */
    static void shoot(MainWindow w, String name) throws Exception {
        String dir = System.getProperty("dateline.shots");
        if (dir == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] img = new WritableImage[1];
        FxToolkit.setupFixture(() -> img[0] = w.root().getScene().snapshot(null));
        TimelinePicture.writePng(img[0], Path.of(dir, name + ".png"));
    }

    static void onFx(Runnable r) throws Exception {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            FxToolkit.setupFixture(r);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A window of its own on {@code folder}, once it has read it and {@code ready} holds. */
    static MainWindow openOn(Path folder, java.util.function.Predicate<MainWindow> ready) throws Exception {
        FxToolkit.registerPrimaryStage();
        MainWindow[] w = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            w[0] = new MainWindow(new Stage(), null);
            w[0].open(List.of(folder));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !w[0].loadingProperty().get() && ready.test(w[0]));
        WaitForAsyncUtils.waitForFxEvents();
        return w[0];
    }

    /** A copy of the seed corpus in {@code dir}/corpus, for a test that writes a project beside it. */
    static Path copyOfCorpus(Path dir) throws java.io.IOException {
        Path to = dir.resolve("corpus");
        java.nio.file.Files.createDirectories(to);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(corpus())) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
