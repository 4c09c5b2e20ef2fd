package app.dateline.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class LazyTooltipTest extends FxRobot {

    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (stage != null) {
                stage.close();
            }
        });
    }

    private Button shown(String tip) throws Exception {
        Button[] b = new Button[1];
        FxToolkit.setupFixture(() -> {
            b[0] = new Button("Open");
            LazyTooltip.install(b[0], tip);
            Button other = new Button("Elsewhere");
            stage = new Stage();
            stage.setScene(new Scene(new HBox(40, other, b[0]), 300, 80));
            stage.show();
        });
        return b[0];
    }

    @Test
    void theTooltipIsMadeWhenThePointerFirstComesAndThenShows() throws Exception {
        Button b = shown("Open a folder of articles");
        assertThat(b.getTooltip()).as("not made with the window").isNull();
        assertThat(b.getAccessibleHelp()).isEqualTo("Open a folder of articles");

        moveTo("Elsewhere").moveTo(b).moveBy(2, 1).moveBy(-1, 1); // the pointer comes and moves, as a user's does
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> b.getTooltip() != null && b.getTooltip().isShowing());

        assertThat(b.getTooltip().getText()).isEqualTo("Open a folder of articles");
    }

    @Test
    void aLaterVisitKeepsTheOneTooltip() throws Exception {
        Button b = shown("Zoom in");
        moveTo("Elsewhere").moveTo(b);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> b.getTooltip() != null);
        Tooltip first = b.getTooltip();

        moveTo("Elsewhere").moveTo(b);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(b.getTooltip()).isSameAs(first);
    }

    @Test
    void aTooltipSetByCodeBeforeTheFirstVisitIsKept() throws Exception {
        Button b = shown("the lazy one");
        Tooltip own = new Tooltip("set by code");
        FxToolkit.setupFixture(() -> b.setTooltip(own));

        moveTo("Elsewhere").moveTo(b);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(b.getTooltip()).isSameAs(own);
    }
}
