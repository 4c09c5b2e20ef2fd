package app.dateline.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A test that opens a window of its own (so the shared seed window keeps the seed corpus): made by {@link
 * #newWindow}, and closed after each test with any reading it was doing stopped.
 */
abstract class OwnWindowTest extends FxRobot {

    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** A new window on its own stage, shown, with nothing opened yet. */
    MainWindow newWindow() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            window = new MainWindow(stage, null);
            window.show();
        });
        return window;
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(() -> {
                window.stopOpening();
                stage.close();
            });
        }
    }
}
