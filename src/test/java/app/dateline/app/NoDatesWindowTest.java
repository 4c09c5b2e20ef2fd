package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** A folder whose articles give no date: the empty panes say so, and do not ask to loosen filters nobody set. */
class NoDatesWindowTest {

    @Test
    void theEmptyPanesSayTheArticlesGiveNoDate(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The weather was nice and the cat slept on the mat.\n\nNothing else happened at all.\n");
        Files.writeString(dir.resolve("b.txt"), "A story with no dates in it whatsoever.\n");
        MainWindow w = WindowFixture.openOn(dir, x -> x.workspace().articles().size() == 2);
        assertThat(w.workspace().events()).isEmpty();
        assertThat(w.workspace().filter().hiddenArticles()).isEmpty();
        String timeline = w.timeline().getPlaceholder();
        String list = ((Label) w.table().getPlaceholder()).getText();
        assertThat(timeline).doesNotContain("filter").contains("no date");
        assertThat(list).doesNotContain("filter").contains("no date");
        FxToolkit.setupFixture(() -> w.stage().close());
    }
}
