package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hiding the selected event (Ctrl+H) leaves the panes agreeing: the article pane moves to the next date of the
 * article, and that event is the one selected in the list and the detail pane, not a phrase outlined in the
 * article while the other panes say nothing is selected; the hidden event's phrase is greyed in the text. On a copy
 * of the seed corpus (hiding writes a project).
 */
class HideSelectedWindowTest {

    @Test
    void afterHidingTheArticlesMarkedPhraseIsTheSelectedEvent(@TempDir Path dir) throws Exception {
        MainWindow w = WindowFixture.openOn(WindowFixture.copyOfCorpus(dir), x -> !x.workspace().events().isEmpty());
        // the takeover as the UN week report tells it ("Last month, the Taliban surged across Afghanistan"): that
        // article has other dates, so the pane has somewhere to go
        MergedEvent takeover = w.workspace().events().stream()
                .filter(m -> m.sources().size() > 1 && m.sources().stream().anyMatch(s -> s.mention().text().equals("Last month")))
                .findFirst().orElseThrow();
        FxToolkit.setupFixture(() -> w.workspace().setSelected(takeover));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.articleView().selectedEvent()).isNotNull();

        FxToolkit.setupFixture(() -> w.corrections().hide(takeover));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(w.workspace().events()).noneMatch(m -> m.id().equals(takeover.id()));
        Event marked = w.articleView().selectedEvent();
        assertThat(marked).as("the article pane moved on to another date of its article").isNotNull();
        assertThat(w.workspace().getSelected()).as("the event of the phrase the article pane marks")
                .isNotNull().isSameAs(w.workspace().eventOf(marked));
        assertThat(w.table().getSelectionModel().getSelectedItem()).isSameAs(w.workspace().getSelected());
        // the hidden event's phrase stays in the text, greyed, and says how to bring it back; Undo gives it its colour again
        Event hiddenMention = takeover.sources().stream().filter(s -> s.mention().text().equals("Last month")).findFirst().orElseThrow();
        assertThat(w.articleView().article().article()).isEqualTo(hiddenMention.article());
        javafx.scene.control.Label phrase = w.articleView().phraseOf(hiddenMention);
        assertThat(phrase.getStyleClass()).contains("mention-hidden");
        assertThat(phrase.getTooltip().getText()).contains("Undo");
        assertThat(w.articleView().phraseOf(marked).getStyleClass()).doesNotContain("mention-hidden");
        FxToolkit.setupFixture(() -> w.corrections().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.articleView().phraseOf(hiddenMention).getStyleClass()).doesNotContain("mention-hidden");
        // the event that came back is selected again, in every pane
        assertThat(w.workspace().getSelected()).as("the event Undo brought back").isNotNull();
        assertThat(w.workspace().getSelected().id()).isEqualTo(takeover.id());
        assertThat(w.table().getSelectionModel().getSelectedItem()).isSameAs(w.workspace().getSelected());
        assertThat(w.articleView().selectedEvent()).isNotNull();
        assertThat(w.workspace().eventOf(w.articleView().selectedEvent())).isSameAs(w.workspace().getSelected());
        FxToolkit.setupFixture(() -> w.stage().close());
    }
}
