package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.export.ExportChoice;
import app.dateline.app.model.EventFilter;
import app.dateline.app.model.PrecisionClass;
import app.dateline.app.timeline.TimelineView;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.extract.ArticleExtraction;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The window on the seed corpus, driven as a reader would: mouse and keyboard, headless. */
class MainWindowTest extends SeedWindowTest {


    /** Events by their date phrase and article, so a failure names them instead of printing whole articles. */
    private static List<String> names(List<MergedEvent> events) {
        return events.stream().map(m -> m.sources().get(0))
                .map(e -> e.mention().text() + " @" + e.article().source().replaceAll(".*/", "")).toList();
    }

    /** Whether every source of the event is in this article. */
    private static boolean only(MergedEvent m, ArticleExtraction a) {
        return m.sources().stream().allMatch(s -> s.article().equals(a.article()));
    }

    private static String name(MergedEvent e) {
        return e == null ? "none" : names(List.of(e)).get(0);
    }

    private MergedEvent event(String phrase, String sourcePart) {
        return w.workspace().events().stream()
                .filter(e -> e.sources().get(0).mention().text().equals(phrase)
                        && e.sources().get(0).article().source().contains(sourcePart))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + phrase + " in " + sourcePart));
    }

    /** Clicks an event's mark where the timeline drew it. */
    private void clickEvent(MergedEvent e) {
        Point2D p = timeline().markerPosition(e);
        assertThat(p).as("drawn position of " + e.label()).isNotNull();
        clickOn(timeline().localToScreen(p));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(LocalDate from, LocalDate to) throws Exception {
        WindowFixture.onFx(() -> timeline().setVisibleRange(from.toEpochDay(), to.toEpochDay()));
    }

    /** The first ({@code end} false) or last day of "2002" or "Aug 2020". */
    private static LocalDate named(String words, boolean end) {
        String[] w = words.split(" ");
        int year = Integer.parseInt(w[w.length - 1]);
        if (w.length == 1) {
            return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        }
        LocalDate first = LocalDate.parse("1 " + words, java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                java.util.Locale.ENGLISH));
        return end ? first.plusMonths(1).minusDays(1) : first;
    }

    @Test
    void showAllMarksTheEmptyYearsAsABreakAndNamesThem() throws Exception {
        WindowFixture.onFx(() -> timeline().fit());
        WaitForAsyncUtils.waitForFxEvents();
        var breaks = timeline().getAxisBreaks().breaks();
        assertThat(breaks).isNotEmpty();
        // the widest gap of the seed corpus: from the 2001 events to the 2020 talks
        var widest = breaks.stream().max(java.util.Comparator.comparingDouble(b -> b.to() - b.from())).orElseThrow();
        int y0 = LocalDate.ofEpochDay((long) Math.ceil(widest.from())).getYear();
        int y1 = LocalDate.ofEpochDay((long) Math.floor(widest.to()) - 1).getYear();
        assertThat(y1 - y0).isGreaterThan(10);
        // the words name what was left out, plainly, and no event lies in what they name (the talks of Sep 2020
        // follow the break: "2002–2020" said 2020 had no events)
        assertThat(timeline().getDrawnBreaks()).isNotEmpty();
        for (String words : timeline().getDrawnBreaks()) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("no events (?:in ((?:\\w{3} )?\\d{4})|from ((?:\\w{3} )?\\d{4}) to ((?:\\w{3} )?\\d{4}))")
                    .matcher(words);
            assertThat(m.matches()).as(words).isTrue();
            LocalDate[] named = {named(m.group(1) != null ? m.group(1) : m.group(2), false),
                named(m.group(1) != null ? m.group(1) : m.group(3), true)};
            for (var it : timeline().getModel().items()) {
                var d = it.event().date();
                assertThat(d.to().isBefore(named[0]) || d.from().isAfter(named[1]))
                        .as(it.text() + " (" + d.value() + ") lies in \"" + words + "\"").isTrue();
            }
        }
        assertThat(timeline().getDrawnBreaks()).anyMatch(words -> words.contains(Integer.toString(y0)));
        WindowFixture.shoot(w, "show-all-breaks");
        // on the story itself there is no break to mark
        show(LocalDate.of(2021, 6, 1), LocalDate.of(2022, 6, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getDrawnBreaks()).isEmpty();
    }

    @Test
    void selectingAnEventNeverPansIntoEmptyYearsNorPastTheLastEvent() throws Exception {
        var model = timeline().getModel();
        var breaks = timeline().getAxisBreaks().breaks();
        assertThat(breaks).as("the seed corpus recalls the 1990s and 2001, far from its story").isNotEmpty();
        var items = model.items();
        for (int k = 0; k < 4; k++) {
            var it = k % 2 == 0 ? items.get(0) : items.get(items.size() - 1);
            boolean all = k >= 2;
            WindowFixture.onFx(() -> {
                w.workspace().setSelected(null);
                if (all) {
                    timeline().fit(); // Show all: from the first event to the last, over the empty years
                } else { // a view far from the event, so that selecting it must move
                    double far = it.anchor() < LocalDate.of(2010, 1, 1).toEpochDay()
                            ? LocalDate.of(2022, 1, 1).toEpochDay() : LocalDate.of(1990, 1, 1).toEpochDay();
                    timeline().setVisibleRange(far, far + 180);
                }
            });
            WindowFixture.onFx(() -> w.workspace().setSelected(it.event()));
            WaitForAsyncUtils.waitForFxEvents();
            double from = timeline().getVisibleStart();
            double to = timeline().getVisibleEnd();
            String view = it.event().label() + " selected: " + LocalDate.ofEpochDay((long) from) + ".." + LocalDate.ofEpochDay((long) to);
            // on screen, that is in the broken axis's units (a unit is a day of the story, a break is narrow)
            var warp = timeline().getAxisWarp();
            double uf = warp.unit(from);
            double ut = warp.unit(to);
            assertThat(ut).as(view + ", past the last event").isLessThanOrEqualTo(warp.unit(model.lastDay()) + 63);
            assertThat(uf).as(view + ", before the first event").isGreaterThanOrEqualTo(warp.unit(model.firstDay()) - 63);
            for (var b : breaks) {
                double empty = Math.min(ut, warp.unit(b.to())) - Math.max(uf, warp.unit(b.from()));
                assertThat(empty).as(view + ", empty years " + LocalDate.ofEpochDay((long) b.from()) + ".."
                        + LocalDate.ofEpochDay((long) b.to())).isLessThanOrEqualTo((ut - uf) / 2);
            }
            assertThat(names(timeline().getDrawnEvents())).as(view).contains(name(it.event()));
        }
    }

    @Test
    void clickingAnEventShowsItsDetailAndItsArticle() throws Exception {
        MergedEvent late = event("late January", "foreign-affairs");
        show(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 20));
        assertThat(names(timeline().getDrawnEvents())).contains(name(late));

        clickEvent(late);

        assertThat(name(w.workspace().getSelected())).isEqualTo(name(late));
        assertThat(w.detail().dateText()).isEqualTo("late January 2024");
        // the ceremony is told three times in its article: one event, whose sources each say how they were anchored
        assertThat(w.detail().anchoredText()).isEqualTo("by each source (below)");
        assertThat(w.detail().listedSources()).hasSize(3).allSatisfy(e -> assertThat(e.article().source()).contains("foreign-affairs"));
        assertThat(late.sources().get(0).mention().anchor().explanation()).contains("month from the text").contains("the article date 2024-03-05");
        assertThat(w.detail().excerptPhrase()).isEqualTo("late January");
        // the trigger ranker links "in late January" to the ceremony it opens ("At a ceremony ... in late January")
        assertThat(w.detail().excerptTrigger()).isEqualTo("ceremony");
        // the label's words are marked where they stand: "Xi Jinping accepted the credentials of the Taliban’s ambassador"
        assertThat(w.detail().excerptLabelWords()).containsExactly("Xi Jinping accepted the credentials of the Taliban’s", "ambassador");
        ArticleExtraction shown = w.articleView().article();
        assertThat(shown.article().source()).contains("foreign-affairs");
        assertThat(w.articleView().selectedPhrase().getText()).isEqualTo("late January");
        assertThat(w.articleView().selectedPhraseInView()).isTrue();
        assertThat(w.articleView().phraseCount()).isEqualTo(shown.events().size());
        WindowFixture.shoot(w, "clicked-late-january");
    }

    @Test
    void aDayIsAPointAndClickingItSaysTheWeekday() throws Exception {
        MergedEvent nineEleven = event("September 11, 2001", "newsweek");
        show(LocalDate.of(2001, 6, 1), LocalDate.of(2002, 1, 1));
        clickEvent(nineEleven);
        assertThat(w.detail().dateText()).isEqualTo("Tuesday, September 11, 2001");
        assertThat(w.articleView().article().article().source()).contains("newsweek");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.articleView().selectedPhraseInView()).as("the phrase is scrolled into view").isTrue();
    }

    @Test
    void movingToAnotherArticleScrollsItsTextToTheSelectedPhrase() throws Exception {
        MergedEvent first = event("2022", "foreign-affairs");
        MergedEvent next = event("last week", "newsweek");
        WindowFixture.onFx(() -> w.workspace().setSelected(first));
        WindowFixture.onFx(() -> w.workspace().setSelected(next));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.articleView().article().article().source()).contains("newsweek");
        assertThat(w.articleView().selectedPhrase().getText()).isEqualTo("last week");
        assertThat(w.articleView().selectedPhraseInView()).as("the phrase is scrolled into view").isTrue();
    }

    @Test
    void clickingADateInTheArticleSelectsItsEventOnTheTimeline() throws Exception {
        MergedEvent april = event("April", "newsweek");
        MergedEvent monday = event("Monday", "newsweek");
        WindowFixture.onFx(() -> w.workspace().setSelected(april));
        Label phrase = w.articleView().phraseOf(monday.sources().get(0));
        assertThat(phrase).isNotNull();
        WindowFixture.onFx(() -> w.articleView().scrollPane().setVvalue(
                phrase.getBoundsInParent().getMinY() / Math.max(1, phrase.getParent().getLayoutBounds().getHeight())));
        clickOn(phrase);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name(w.workspace().getSelected())).isEqualTo(name(monday));
        assertThat(name(timeline().getSelectedEvent())).isEqualTo(name(monday));
        assertThat(names(timeline().getDrawnEvents())).as("the timeline brings the event into view").contains(name(monday));
        assertThat(w.detail().dateText()).isEqualTo("Monday, August 15, 2022");
    }

    @Test
    void noTwoLabelsInALaneOverlapAtAnyOfSeveralViews() throws Exception {
        // labels take the room up to the next mark, and flip left near the right edge: neither may cover another
        LocalDate[][] views = {
                {LocalDate.of(2020, 6, 1), LocalDate.of(2024, 4, 1)},
                {LocalDate.of(2022, 6, 1), LocalDate.of(2024, 3, 1)},
                {LocalDate.of(2021, 6, 1), LocalDate.of(2021, 10, 1)},
                // views that begin inside long periods: their labels stick to the left edge, short of the next label
                {LocalDate.of(2021, 5, 20), LocalDate.of(2021, 8, 10)},
                {LocalDate.of(2022, 2, 10), LocalDate.of(2022, 7, 1)},
                {LocalDate.of(2023, 3, 1), LocalDate.of(2023, 9, 1)},
                // views that begin just after a day's mark: its label stays at the left edge, short of the next label
                {LocalDate.of(2021, 9, 23), LocalDate.of(2021, 9, 26)},
                {LocalDate.of(2022, 8, 16), LocalDate.of(2022, 8, 19)},
                {LocalDate.of(2023, 4, 7), LocalDate.of(2023, 4, 13)}};
        for (LocalDate[] view : views) {
            show(view[0], view[1]);
            WaitForAsyncUtils.waitForFxEvents();
            java.util.Map<Double, List<javafx.geometry.Bounds>> byLane = new java.util.TreeMap<>();
            for (MergedEvent e : timeline().getDrawnEvents()) {
                javafx.geometry.Bounds b = timeline().markBounds(e);
                if (b != null) {
                    byLane.computeIfAbsent(b.getMinY(), k -> new java.util.ArrayList<>()).add(b);
                }
            }
            assertThat(byLane).as("lanes drawn").isNotEmpty();
            for (List<javafx.geometry.Bounds> lane : byLane.values()) {
                lane.sort(java.util.Comparator.comparingDouble(javafx.geometry.Bounds::getMinX));
                for (int k = 1; k < lane.size(); k++) {
                    assertThat(lane.get(k).getMinX()).as(view[0] + ".." + view[1] + ": a label runs into the next")
                            .isGreaterThanOrEqualTo(lane.get(k - 1).getMaxX() - 1);
                }
            }
        }
    }

    @Test
    void searchSelectsTheFirstMatchInViewAndEnterGoesToTheNextInDateOrder() throws Exception {
        show(LocalDate.of(1990, 1, 1), LocalDate.of(1995, 1, 1)); // far from every match
        clickOn(w.searchField()).write("school");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "school".equals(w.workspace().filter().queryProperty().get())
                && w.workspace().getSelected() != null);
        WaitForAsyncUtils.waitForFxEvents();
        List<MergedEvent> matches = timeline().getModel().items().stream().map(it -> it.event()).toList();
        assertThat(matches).hasSizeGreaterThanOrEqualTo(2);
        MergedEvent first = w.workspace().getSelected();
        assertThat(name(first)).as("the first match along the axis").isEqualTo(name(matches.get(0)));
        List<Double> anchors = timeline().getModel().items().stream().map(it -> it.anchor()).toList();
        assertThat(anchors).as("the matches in date order along the axis").isSorted();
        assertThat(names(timeline().getDrawnEvents())).as("the first match is brought into view").contains(name(first));
        assertThat(w.searchField().isFocused()).isTrue();

        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name(w.workspace().getSelected())).isEqualTo(name(matches.get(1)));
        assertThat(names(timeline().getDrawnEvents())).contains(name(matches.get(1)));
        WindowFixture.shoot(w, "search-to-view");
    }

    @Test
    void searchNarrowsWhatIsDrawnAndListed() throws Exception {
        show(LocalDate.of(2021, 6, 1), LocalDate.of(2024, 4, 1));
        int before = timeline().getModel().size();
        clickOn(w.searchField()).write("Kirby");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Kirby".equals(w.workspace().filter().queryProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getModel().size()).isLessThan(before);
        List<MergedEvent> drawn = timeline().getDrawnEvents();
        assertThat(drawn).isNotEmpty();
        assertThat(drawn.stream().filter(e -> !EventFilter.matches(e, new String[] {"kirby"})).toList()).isEmpty();
        assertThat(w.table().getItems().stream()
                .filter(e -> !(e.label() + e.sources().stream().map(x -> x.excerpt()).toList()).toLowerCase(Locale.ROOT).contains("kirby")).toList()).isEmpty();
        assertThat(timeline().getModel().size()).isEqualTo(w.table().getItems().stream().filter(MergedEvent::isPlottable).count());
        WindowFixture.shoot(w, "search-kirby");
    }

    @Test
    void uncheckingAnArticleHidesItsEvents() throws Exception {
        ArticleExtraction fa = w.workspace().articles().stream()
                .filter(a -> a.article().source().contains("foreign-affairs")).findFirst().orElseThrow();
        assertThat(timeline().getModel().items().stream().anyMatch(i -> only(i.event(), fa))).isTrue();
        CheckBox box = w.articleLegend().list().lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() == fa)
                .map(n -> (CheckBox) n.lookup(".check-box")).findFirst().orElseThrow();
        clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getModel().items().stream().anyMatch(i -> only(i.event(), fa))).isFalse();
        assertThat(timeline().getDrawnEvents()).isNotEmpty();
        assertThat(timeline().getDrawnEvents().stream().anyMatch(e -> only(e, fa))).isFalse();
        assertThat(w.table().getItems().stream().anyMatch(e -> only(e, fa))).isFalse();
        clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getModel().items().stream().anyMatch(i -> only(i.event(), fa))).isTrue();
    }

    @Test
    void thePrecisionFilterKeepsOnlyTheChosenPrecisions() throws Exception {
        WindowFixture.onFx(() -> w.precisionFilter().getCheckModel().clearCheck(PrecisionClass.DAY));
        assertThat(timeline().getModel().items()).isNotEmpty();
        assertThat(timeline().getModel().items().stream().anyMatch(i -> i.point())).isFalse();
        assertThat(timeline().getDrawnEvents()).isNotEmpty();
        assertThat(timeline().getDrawnEvents().stream().anyMatch(e -> PrecisionClass.of(e) == PrecisionClass.DAY)).isFalse();
    }

    @Test
    void leftAndRightMoveTheSelectionAndEnterOpensTheArticle() throws Exception {
        var items = timeline().getModel().items();
        clickOn(timeline(), javafx.scene.input.MouseButton.MIDDLE); // focus without selecting
        WindowFixture.onFx(() -> timeline().requestFocus());
        type(KeyCode.RIGHT);
        assertThat(name(timeline().getSelectedEvent())).isEqualTo(name(items.get(0).event()));
        type(KeyCode.RIGHT);
        type(KeyCode.RIGHT);
        assertThat(name(timeline().getSelectedEvent())).isEqualTo(name(items.get(2).event()));
        assertThat(w.detail().excerptPhrase()).isEqualTo(items.get(2).event().sources().get(0).mention().text());
        type(KeyCode.LEFT);
        MergedEvent second = items.get(1).event();
        assertThat(name(timeline().getSelectedEvent())).isEqualTo(name(second));
        assertThat(name(w.table().getSelectionModel().getSelectedItem())).isEqualTo(name(second));
        type(KeyCode.ENTER);
        assertThat(w.articleView().article().article().source()).isEqualTo(second.sources().get(0).article().source());
        assertThat(w.articleView().scrollPane().isFocused()).isTrue();
        assertThat(w.articleView().selectedPhrase().getText()).isEqualTo(second.sources().get(0).mention().text());
    }

    @Test
    void theWheelZoomsAroundThePointerAndDraggingPans() throws Exception {
        show(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 1, 1));
        TimelineView t = timeline();
        double x = t.getWidth() * 0.25;
        double before = t.getVisibleEnd() - t.getVisibleStart();
        double dayUnder = t.getVisibleStart() + before * 0.25;
        moveTo(t.localToScreen(x, t.getHeight() / 2));
        scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double after = t.getVisibleEnd() - t.getVisibleStart();
        // which way a wheel notch goes depends on the platform's robot; that it zooms, around the pointer, does not
        assertThat(Math.abs(after / before - 1)).as("the wheel zooms").isGreaterThan(0.05);
        double dayNow = t.getVisibleStart() + after * 0.25;
        assertThat(Math.abs(dayNow - dayUnder)).as("the day under the pointer stays put").isLessThan(after * 0.02);

        double start = t.getVisibleStart();
        double dpp = after / t.getWidth();
        drag(t.localToScreen(t.getWidth() * 0.6, t.getHeight() - 30)).moveBy(-200, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.getVisibleStart() - start).as("dragging left shows later days").isCloseTo(200 * dpp, org.assertj.core.data.Offset.offset(20 * dpp));
        type(KeyCode.HOME);
        assertThat(t.getVisibleEnd() - t.getVisibleStart()).isGreaterThan(30 * 365.0);
    }

    @Test
    void clickingAClusterZoomsInOnItsEvents() throws Exception {
        WindowFixture.onFx(() -> timeline().fit());
        List<Point2D> clusters = timeline().clusterPositions();
        assertThat(clusters).isNotEmpty();
        int folded = timeline().getClusteredCount();
        double before = timeline().getVisibleEnd() - timeline().getVisibleStart();
        clickOn(timeline().localToScreen(clusters.get(clusters.size() - 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getVisibleEnd() - timeline().getVisibleStart()).isLessThan(before / 2);
        assertThat(timeline().getDrawnEvents().size()).isPositive();
        assertThat(timeline().getClusteredCount()).isLessThan(folded);
    }

    @Test
    void ctrlFGoesToTheSearchField() throws Exception {
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.searchField().isFocused()).isTrue();
    }

    @Test
    void theWindowExportsAPngOfTheAskedSize(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("window.png");
        WindowFixture.onFx(() -> {
            try {
                w.exports().png(new ExportChoice(false, 1000, 2, "Visible window"), out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage png = ImageIO.read(out.toFile());
        assertThat(png.getWidth()).isEqualTo(2000);
        assertThat(Pixels.inkFraction(png)).isGreaterThan(0.01);
        assertThat(Pixels.distinctColours(png)).isGreaterThan(20);
    }
}
