package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Words typed into the search field while the articles are being read still stand, and apply, once they are read. */
class SearchWhileReadingWindowTest {

    @Test
    void wordsTypedWhileReadingAreKeptWhenTheReadingEnds() throws Exception {
        FxToolkit.registerPrimaryStage();
        MainWindow[] shown = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            shown[0] = new MainWindow(new Stage(), null);
            shown[0].open(List.of(WindowFixture.corpus()));
            shown[0].searchField().setText("embassy"); // the reading has begun: it ends on this thread, later
        });
        MainWindow w = shown[0];
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !w.loadingProperty().get() && !w.workspace().events().isEmpty());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the search field's typing pause
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.searchField().getText()).isEqualTo("embassy");
        assertThat(w.workspace().filter().queryProperty().get()).isEqualTo("embassy");
        assertThat(w.workspace().shownEvents()).isNotEmpty()
                .hasSizeLessThan(w.workspace().events().size());
        FxToolkit.setupFixture(() -> w.stage().close());
    }
}
