package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.merge.MergedEvent;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The article pane's words after the filters hid its article and then showed it again. */
class ArticleFollowsFiltersWindowTest extends SeedWindowTest {

    @Test
    void onceTheFiltersShowTheArticleAgainThePaneNoLongerSaysTheyHideIt() throws Exception {
        MergedEvent chosen = timeline().getModel().items().get(timeline().getModel().size() / 2).event();
        WindowFixture.onFx(() -> w.workspace().setSelected(chosen));
        WaitForAsyncUtils.waitForFxEvents();
        WindowFixture.onFx(() -> w.workspace().articles()
                .forEach(x -> w.workspace().filter().hiddenArticles().add(x.article().source())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.articleView().placeholderText()).isEqualTo(ArticleFollowsFilters.ALL_HIDDEN);
        // a reader ticks one other article: the chosen one's article is still hidden, and the pane still says so
        String other = w.workspace().articles().stream().map(a -> a.article().source())
                .filter(s -> chosen.sources().stream().noneMatch(e -> e.article().source().equals(s))).findFirst().orElseThrow();
        WindowFixture.onFx(() -> w.workspace().filter().hiddenArticles().remove(other));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.articleView().placeholderText()).isEqualTo(ArticleFollowsFilters.ALL_HIDDEN);
        // All: nothing is hidden any more, and nothing is selected; the pane must not say the filters hide it
        WindowFixture.onFx(() -> w.workspace().filter().hiddenArticles().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.workspace().shownEvents()).contains(chosen);
        assertThat(w.articleView().placeholderText()).isNotNull().doesNotContain("filters hide");
    }
}
