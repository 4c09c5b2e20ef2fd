package app.dateline.app;

import app.dateline.app.timeline.TimelineView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;

/**
 * A test on the one shared window of the seed corpus ({@link WindowFixture}): it is started once, and put back
 * as it was found (no filter, no selection, Show all) before each test.
 */
abstract class SeedWindowTest extends FxRobot {

    static MainWindow w;

    @BeforeAll
    static void start() throws Exception {
        w = WindowFixture.window();
    }

    @BeforeEach
    void reset() throws Exception {
        WindowFixture.reset(w);
    }

    static TimelineView timeline() {
        return w.timeline();
    }
}
