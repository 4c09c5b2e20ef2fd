package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.timeline.layout.TimelineItem;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.app.export.ExportChoice;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The seed corpus in the window: the August 2021 takeover, told by four articles, is one mark. */
class MergedEventsWindowTest extends SeedWindowTest {


    private static List<MergedEvent> takeoverMarks() {
        return w.timeline().getModel().items().stream().map(TimelineItem::event)
                .filter(m -> m.sources().stream().anyMatch(s -> s.sentence().contains("return to power in August 2021")))
                .toList();
    }

    @Test
    void theTakeoverIsOneMarkWithFourSourcesAndADisagreement() {
        List<MergedEvent> marks = takeoverMarks();
        assertThat(marks).hasSize(1);
        MergedEvent m = marks.get(0);
        assertThat(m.sourceCount()).isEqualTo(4);
        assertThat(m.sourcesDisagree()).isTrue();
        TimelineItem item = w.timeline().getModel().items().get(w.timeline().getModel().indexOf(marks.get(0)));
        assertThat(item.sources()).isEqualTo(4);
        assertThat(item.disagrees()).isTrue();
        assertThat(item.label()).startsWith(m.label().substring(0, 10)).endsWith("  ×4 ⚠");
        assertThat(item.point()).isFalse(); // the span covers July and August
        assertThat(item.end() - item.start()).isGreaterThan(58);
        // a single-source event has no badge
        TimelineItem single = w.timeline().getModel().items().stream()
                .filter(i -> i.event().sources().size() == 1).findFirst().orElseThrow();
        assertThat(single.sources()).isEqualTo(1);
        assertThat(single.badge()).isEmpty();
        assertThat(single.text()).isEqualTo(single.event().label());
        // the list shows the merged events too: the takeover once
        assertThat(w.table().getItems().stream().filter(marks::contains)).hasSize(1);
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableColumn<MergedEvent, String> article = (javafx.scene.control.TableColumn<MergedEvent, String>) w.table().getColumns().get(2);
        assertThat(article.getCellObservableValue(marks.get(0)).getValue()).endsWith("(+3 others)");
    }

    @Test
    void theDetailListsEverySourceAndWhoSaysWhichDate() throws Exception {
        MergedEvent takeover = takeoverMarks().get(0);
        WindowFixture.onFx(() -> w.workspace().setSelected(takeover));
        MergedEvent m = takeover;
        assertThat(w.detail().listedSources()).hasSize(m.sources().size()).containsExactlyElementsOf(m.sources());
        assertThat(w.detail().disagreementLine())
                .startsWith("Sources disagree: ")
                .contains("Epoch Times").contains("says July 2021")
                .contains("Newsweek").contains("Foreign Affairs").contains("say August 2021");

        Event last = m.sources().get(m.sources().size() - 1);
        WindowFixture.onFx(() -> w.detail().openSourceButton(m.sources().size() - 1).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.articleView().article().article().source()).isEqualTo(last.article().source());
        assertThat(w.articleView().selectedPhrase().getText()).isEqualTo(last.mention().text());
        assertThat(w.workspace().getSelected()).isSameAs(takeover);
        WindowFixture.shoot(w, "takeover-sources");
    }

    @Test
    void theWindowExportsTheShownEventsAsSvg(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("timeline.svg");
        WindowFixture.onFx(() -> {
            try {
                w.exports().svg(new ExportChoice(true, 1400, 1, "Seed corpus", true), out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        org.w3c.dom.Document d = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        assertThat(d.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Seed corpus");
        assertThat(d.getDocumentElement().getAttribute("width")).isEqualTo("1400");
        assertThat(d.getDocumentElement().getTextContent()).contains("and 3 more").contains("sources disagree on the date");
    }
}
