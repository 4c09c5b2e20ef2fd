package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A folder whose articles give no date: the empty panes say so, and do not ask to loosen filters nobody set. */
class NoDatesWindowTest {

    @Test
    void theEmptyPanesSayTheArticlesGiveNoDate(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The weather was nice and the cat slept on the mat.\n\nNothing else happened at all.\n");
        Files.writeString(dir.resolve("b.txt"), "A story with no dates in it whatsoever.\n");
        FxToolkit.registerPrimaryStage();
        MainWindow[] holder = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            holder[0] = new MainWindow(new Stage(), null);
            holder[0].open(List.of(dir));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !holder[0].loadingProperty().get()
                && holder[0].workspace().articles().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow w = holder[0];
        assertThat(w.workspace().events()).isEmpty();
        assertThat(w.workspace().filter().hiddenArticles()).isEmpty();
        String timeline = w.timeline().getPlaceholder();
        String list = ((Label) w.table().getPlaceholder()).getText();
        assertThat(timeline).doesNotContain("filter").contains("no date");
        assertThat(list).doesNotContain("filter").contains("no date");
        FxToolkit.setupFixture(() -> w.stage().close());
    }
}
