package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.timeline.layout.TimelineItem;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.app.export.ExportChoice;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The seed corpus in the window: the August 2021 takeover, told by four articles, is one mark. */
class MergedEventsWindowTest extends FxRobot {

    private static MainWindow w;

    @BeforeAll
    static void start() throws Exception {
        w = WindowFixture.window();
    }

    @BeforeEach
    void reset() throws Exception {
        WindowFixture.reset(w);
    }

    private static List<Event> takeoverMarks() {
        return w.timeline().getModel().items().stream().map(TimelineItem::event)
                .filter(e -> {
                    MergedEvent m = w.workspace().mergedOf(e);
                    return m != null && m.sources().stream().anyMatch(s -> s.sentence().contains("return to power in August 2021"));
                }).toList();
    }

    @Test
    void theTakeoverIsOneMarkWithFourSourcesAndADisagreement() {
        List<Event> marks = takeoverMarks();
        assertThat(marks).hasSize(1);
        MergedEvent m = w.workspace().mergedOf(marks.get(0));
        assertThat(m.sourceCount()).isEqualTo(4);
        assertThat(m.sourcesDisagree()).isTrue();
        TimelineItem item = w.timeline().getModel().items().get(w.timeline().getModel().indexOf(marks.get(0)));
        assertThat(item.label()).contains("×4").contains("⚠");
        assertThat(item.point()).isFalse(); // the span covers July and August
        assertThat(item.end() - item.start()).isGreaterThan(58);
        // a single-source event keeps its plain label
        Event single = w.workspace().events().stream()
                .filter(e -> w.workspace().mergedOf(e).sources().size() == 1).findFirst().orElseThrow();
        assertThat(single.label()).isEqualTo(w.workspace().mergedOf(single).label());
        // the list shows the merged events too: the takeover once
        assertThat(w.table().getItems().stream().filter(marks::contains)).hasSize(1);
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableColumn<Event, String> article = (javafx.scene.control.TableColumn<Event, String>) w.table().getColumns().get(2);
        assertThat(article.getCellObservableValue(marks.get(0)).getValue()).endsWith("(+3 others)");
    }

    @Test
    void theDetailListsEverySourceAndWhoSaysWhichDate() throws Exception {
        Event takeover = takeoverMarks().get(0);
        WindowFixture.onFx(() -> w.workspace().setSelected(takeover));
        MergedEvent m = w.workspace().mergedOf(takeover);
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
