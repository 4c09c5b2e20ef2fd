package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.extract.ArticleExtraction;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The article list on the left, clicked as a reader would: each row keeps its tick box, and the box still filters. */
class ArticleLegendWindowTest extends SeedWindowTest {

    @SuppressWarnings("unchecked")
    private static List<ListCell<ArticleExtraction>> rows() {
        return w.articleLegend().list().lookupAll(".list-cell").stream()
                .map(n -> (ListCell<ArticleExtraction>) n)
                .filter(c -> !c.isEmpty() && c.getItem() != null).toList();
    }

    private static CheckBox box(ListCell<ArticleExtraction> row) {
        Node g = row.getGraphic();
        return g == null ? null : (CheckBox) g.lookup(".check-box");
    }

    @Test
    void clickingArticlesKeepsEveryRowsTickBox() throws Exception {
        assertThat(rows()).hasSize(w.workspace().articles().size());
        for (int k = 0; k < 3; k++) {
            for (ListCell<ArticleExtraction> row : rows()) {
                clickOn(row); // selects the row: a reader reading the titles
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        for (ListCell<ArticleExtraction> row : rows()) {
            CheckBox box = box(row);
            assertThat(box).as("tick box of " + row.getItem().article().displayTitle()).isNotNull();
            assertThat(box.isVisible() && box.getScene() != null).isTrue();
            assertThat(box.isSelected()).isTrue();
        }
        // and the box of a clicked row still hides its article's events
        ListCell<ArticleExtraction> first = rows().get(0);
        ArticleExtraction article = first.getItem();
        clickOn(box(first));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.workspace().filter().hiddenArticles()).containsExactly(article.article().source());
        assertThat(w.workspace().shownEvents()).noneMatch(m -> m.sources().stream().allMatch(s -> s.article().equals(article.article())));
    }
}
