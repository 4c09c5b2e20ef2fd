package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An event told by several articles, found by a search for words only a later source holds, shows that source's
 * article (pooled H1N1: a search for "school" selected "Virus emerged in Mexico" and showed its first source, on
 * hand washing in Japan); an event whose first article is unticked shows a source in an article still shown.
 */
class SearchShowsTheMatchingSourceWindowTest extends SeedWindowTest {

    private record Found(MergedEvent event, Event source, String word) {
    }

    /** A merged event and a word of a later source's paragraph that its first source's paragraph does not hold. */
    private static Found find() {
        Pattern word = Pattern.compile("\\p{L}{7,}");
        for (MergedEvent m : w.workspace().events()) {
            Event first = m.sources().get(0);
            String firstText = (first.excerpt() + "\n" + first.mention().text()).toLowerCase(Locale.ROOT);
            for (Event s : m.sources().subList(1, m.sources().size())) {
                if (s.article().equals(first.article())) {
                    continue;
                }
                Matcher x = word.matcher(s.excerpt());
                while (x.find()) {
                    String wd = x.group().toLowerCase(Locale.ROOT);
                    if (!firstText.contains(wd)) {
                        return new Found(m, s, wd);
                    }
                }
            }
        }
        throw new AssertionError("the seed has a merged event told in two articles in other words");
    }

    @Test
    void theArticleShownIsTheSourceTheSearchFound() throws Exception {
        Found f = find();
        WindowFixture.onFx(() -> w.workspace().filter().queryProperty().set(f.word()));
        WaitForAsyncUtils.waitForFxEvents();
        MergedEvent shown = w.workspace().shownEvents().stream().filter(m -> m.id().equals(f.event().id())).findFirst().orElseThrow();
        WindowFixture.onFx(() -> w.workspace().setSelected(shown));
        WaitForAsyncUtils.waitForFxEvents();
        Event marked = w.articleView().selectedEvent();
        assertThat(marked).isNotNull();
        assertThat((marked.excerpt() + "\n" + marked.mention().text()).toLowerCase(Locale.ROOT)).contains(f.word());
        assertThat(w.articleView().article().article()).isNotEqualTo(f.event().sources().get(0).article());
    }

    @Test
    void anEventWhoseFirstArticleIsUntickedShowsAnArticleStillShown() throws Exception {
        Found f = find();
        String firstArticle = f.event().sources().get(0).article().source();
        WindowFixture.onFx(() -> w.workspace().filter().hiddenArticles().add(firstArticle));
        WaitForAsyncUtils.waitForFxEvents();
        Optional<MergedEvent> shown = w.workspace().shownEvents().stream().filter(m -> m.id().equals(f.event().id())).findFirst();
        assertThat(shown).as("still shown: another of its articles is ticked").isPresent();
        WindowFixture.onFx(() -> w.workspace().setSelected(shown.get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.articleView().article()).isNotNull();
        assertThat(w.articleView().article().article().source()).isNotEqualTo(firstArticle);
    }
}
