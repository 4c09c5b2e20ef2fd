package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.merge.MergedEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Corrections made in the window are saved beside the corpus (a copy here) and are there after a restart. */
class CorrectionsWindowTest {

    private static MainWindow openOn(Path folder) throws Exception {
        return WindowFixture.openOn(folder, w -> !w.workspace().events().isEmpty());
    }

    private static Path copyOfCorpus(Path dir) throws IOException {
        return WindowFixture.copyOfCorpus(dir);
    }

    private static MergedEvent withSentence(MainWindow w, String part) {
        return w.workspace().events().stream()
                .filter(e -> e.sources().stream().anyMatch(s -> s.sentence().contains(part)))
                .findFirst().orElse(null);
    }

    private static void onFx(Runnable r) throws Exception {
        FxToolkit.setupFixture(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCorrectedLabelAndAHiddenEventSurviveARestart(@TempDir Path dir) throws Exception {
        Path corpus = copyOfCorpus(dir);
        MainWindow w = openOn(corpus);
        MergedEvent takeover = withSentence(w, "return to power in August 2021");
        MergedEvent lateJanuary = w.workspace().events().stream()
                .filter(e -> e.sources().stream().anyMatch(s -> s.mention().text().equals("late January") && s.article().source().contains("foreign-affairs")))
                .findFirst().orElseThrow();
        int before = w.workspace().events().size();

        onFx(() -> {
            w.corrections().changeLabel(takeover, "The Taliban take Kabul");
            w.corrections().hide(lateJanuary);
        });

        MergedEvent renamed = withSentence(w, "return to power in August 2021");
        assertThat(renamed.label()).isEqualTo("The Taliban take Kabul");
        // the timeline draws the new label with its four sources' badge
        assertThat(w.timeline().getModel().items().get(w.timeline().getModel().indexOf(renamed)).text())
                .startsWith("The Taliban take Kabul  ×4");
        assertThat(w.workspace().events()).hasSize(before - 1).noneMatch(e -> e.id().equals(lateJanuary.id()));
        Path project = dir.resolve("corpus.dateline.json");
        assertThat(project).exists();
        assertThat(Files.readString(project)).contains("The Taliban take Kabul");

        onFx(() -> w.corrections().undo()); // the hiding
        assertThat(w.workspace().events()).hasSize(before);
        onFx(() -> w.corrections().redo());
        assertThat(w.workspace().events()).hasSize(before - 1);

        MainWindow again = openOn(corpus);
        assertThat(again.workspace().events()).hasSize(before - 1).noneMatch(e -> e.id().equals(lateJanuary.id()));
        MergedEvent corrected = withSentence(again, "return to power in August 2021");
        assertThat(corrected.label()).isEqualTo("The Taliban take Kabul");
        assertThat(again.timeline().getModel().items()).anyMatch(it -> it.label().startsWith("The Taliban take Kabul"));
    }

    @Test
    void separatingASourceAndMergingItBack(@TempDir Path dir) throws Exception {
        MainWindow w = openOn(copyOfCorpus(dir));
        MergedEvent takeover = withSentence(w, "return to power in August 2021");
        MergedEvent m = takeover;
        int epoch = m.sources().stream().map(s -> s.article().source()).toList()
                .indexOf(m.sources().stream().filter(s -> s.article().source().contains("epoch-times")).findFirst().orElseThrow().article().source());

        onFx(() -> {
            w.workspace().setSelected(takeover);
            w.detail().separateButton(epoch).fire();
        });

        MergedEvent rest = withSentence(w, "return to power in August 2021");
        assertThat(rest.sourceCount()).isEqualTo(3);
        assertThat(rest.sourcesDisagree()).isFalse();
        MergedEvent alone = w.workspace().events().stream()
                .filter(e -> e.sources().stream().allMatch(s -> s.article().source().contains("epoch-times"))
                        && e.sources().stream().anyMatch(s -> m.sources().contains(s)))
                .findFirst().orElseThrow();

        onFx(() -> w.corrections().merge(withSentence(w, "return to power in August 2021"), alone));
        MergedEvent back = withSentence(w, "return to power in August 2021");
        assertThat(back.sourceCount()).isEqualTo(4);
        assertThat(back.sourcesDisagree()).isTrue();
    }

    @Test
    void aDateThatCannotBePlacedIsRefusedAndAPhraseBecomesAnEvent(@TempDir Path dir) throws Exception {
        MainWindow w = openOn(copyOfCorpus(dir));
        MergedEvent takeover = withSentence(w, "return to power in August 2021");
        RuntimeException[] refused = new RuntimeException[1];
        onFx(() -> {
            try {
                w.corrections().changeDate(takeover, "sometime");
            } catch (IllegalArgumentException e) {
                refused[0] = e;
            }
        });
        assertThat(refused[0]).hasMessageContaining("sometime");
        onFx(() -> w.corrections().changeDate(takeover, "2021-08-15"));
        MergedEvent dated = withSentence(w, "return to power in August 2021");
        assertThat(dated.date().value()).isEqualTo("2021-08-15");
        assertThat(dated.isPlottable()).isTrue();

        int before = w.workspace().events().size();
        app.dateline.engine.article.Article fa = w.workspace().articles().stream().map(a -> a.article())
                .filter(a -> a.source().contains("foreign-affairs")).findFirst().orElseThrow();
        String phrase = "The day after the Taliban takeover";
        onFx(() -> w.corrections().addPhrase(fa, phrase, "2021-08-16"));
        assertThat(w.workspace().events()).hasSize(before + 1);
        MergedEvent added = w.workspace().events().stream().filter(e -> e.sources().get(0).mention().text().equals(phrase)).findFirst().orElseThrow();
        assertThat(added.date().value()).isEqualTo("2021-08-16");
        assertThat(w.timeline().getModel().indexOf(added)).isNotNegative();
    }

    @Test
    void aDamagedProjectFileIsKeptAsideAndSaid(@TempDir Path dir) throws Exception {
        Path corpus = copyOfCorpus(dir);
        Files.writeString(dir.resolve("corpus.dateline.json"), "{ not json");
        MainWindow w = openOn(corpus);
        assertThat(w.statusBar().getText()).contains("could not be read").contains("kept as");
        assertThat(w.workspace().events()).isNotEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("corpus.dateline.json.corrupt-"));
        }
    }

    @Test
    void draggingOverAPhraseInTheArticleSelectsItForAddAsEvent(@TempDir Path dir) throws Exception {
        MainWindow w = openOn(copyOfCorpus(dir));
        onFx(w::show);
        MergedEvent lateJanuary = w.workspace().events().stream()
                .filter(e -> e.sources().stream().anyMatch(s -> s.mention().text().equals("late January") && s.article().source().contains("foreign-affairs")))
                .findFirst().orElseThrow();
        onFx(() -> w.openArticle(lateJanuary));
        app.dateline.engine.article.Article fa = lateJanuary.sources().get(0).article();
        String phrase = "The day after the Taliban takeover";
        int begin = fa.body().indexOf(phrase);
        javafx.scene.text.Text holder = w.articleView().lookupAll(".body-text").stream()
                .filter(n -> n instanceof javafx.scene.text.Text t && t.getUserData() instanceof Integer o
                        && o <= begin && o + t.getText().length() >= begin + phrase.length())
                .map(n -> (javafx.scene.text.Text) n).findFirst().orElseThrow();
        int local = begin - (Integer) holder.getUserData();
        onFx(() -> {
            // bring the phrase into view
            javafx.geometry.Bounds b = holder.localToScene(new javafx.scene.shape.Path(holder.rangeShape(local, local + 1)).getBoundsInLocal());
            javafx.scene.control.ScrollPane sp = w.articleView().scrollPane();
            javafx.geometry.Bounds content = sp.getContent().sceneToLocal(b);
            double room = sp.getContent().getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(Math.max(0, Math.min(1, (content.getMinY() - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds first = holder.localToScreen(new javafx.scene.shape.Path(holder.rangeShape(local, local + 1)).getBoundsInLocal());
        javafx.geometry.Bounds last = holder.localToScreen(new javafx.scene.shape.Path(
                holder.rangeShape(local + phrase.length() - 1, local + phrase.length())).getBoundsInLocal());
        org.testfx.api.FxRobot robot = new org.testfx.api.FxRobot();
        robot.drag(new javafx.geometry.Point2D(first.getMinX() + 1, first.getCenterY()), javafx.scene.input.MouseButton.PRIMARY)
                .dropTo(new javafx.geometry.Point2D(last.getMaxX() - 1, last.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();

        int[] range = w.articleView().selectedRange();
        assertThat(range).isNotNull();
        assertThat(fa.body().substring(range[0], range[1])).isEqualTo(phrase);
        int before = w.workspace().events().size();
        onFx(() -> w.corrections().addEvent(fa, range[0], range[1], "2021-08-16", null));
        assertThat(w.workspace().events()).hasSize(before + 1).anyMatch(e -> e.sources().get(0).mention().text().equals(phrase));

        // the Edit menu's keys: Ctrl+Z undoes, Ctrl+Y (or Ctrl+Shift+Z) redoes
        onFx(() -> w.timeline().requestFocus());
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.workspace().events()).hasSize(before);
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.workspace().events()).hasSize(before + 1);
        onFx(() -> w.root().getScene().getWindow().hide());
    }

    @Test
    void aCorrectedLabelGetsTheRoomThereIsAndFlipsAtTheRightEdge(@TempDir Path dir) throws Exception {
        MainWindow w = openOn(copyOfCorpus(dir));
        onFx(w::show);
        // the case: a corrected label of over 46 characters with a year of room beside it
        String label = "The United States is attacked and goes to war in Afghanistan";
        onFx(() -> w.corrections().changeLabel(nineEleven(w), label));
        MergedEvent drawn = nineEleven(w);
        assertThat(drawn.label()).startsWith(label);

        onFx(() -> w.timeline().setVisibleRange(LocalDate.of(2001, 8, 1).toEpochDay(), LocalDate.of(2002, 6, 1).toEpochDay()));
        Bounds box = w.timeline().markBounds(drawn);
        assertThat(box).as("drawn").isNotNull();
        assertThat(box.getWidth()).as("the label's room, past the width labels are packed with")
                .isGreaterThan(w.timeline().getMetrics().maxLabelWidth() + 20);

        // the same event at the right edge: its label goes to the left of its mark instead of being cut
        onFx(() -> w.timeline().setVisibleRange(LocalDate.of(2001, 3, 1).toEpochDay(), LocalDate.of(2001, 9, 14).toEpochDay()));
        Bounds flipped = w.timeline().markBounds(drawn);
        Point2D mark = w.timeline().markerPosition(drawn);
        assertThat(flipped).isNotNull();
        assertThat(flipped.getMaxX()).isLessThanOrEqualTo(w.timeline().getWidth());
        assertThat(flipped.getMinX()).as("label left of the mark").isLessThan(mark.getX() - 100);
        onFx(() -> w.stage().close());
    }

    private static MergedEvent nineEleven(MainWindow w) {
        return w.workspace().events().stream().filter(e -> "2001-09-11".equals(e.date().value())).findFirst().orElseThrow();
    }
}
