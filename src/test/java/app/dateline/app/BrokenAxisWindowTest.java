package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.dateline.app.model.PrecisionClass;
import app.dateline.app.timeline.TimelineView;
import app.dateline.app.timeline.layout.AxisBreaks;
import app.dateline.app.timeline.layout.TimelineItem;
import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.merge.MergedEvent;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The window's broken axis, the far date's place and the article pane under filters, on the seed corpus. */
class BrokenAxisWindowTest extends SeedWindowTest {


    /** The widest break of the axis: the empty years between the recalled past and the story. */
    private static AxisBreaks.Break widest() {
        return timeline().getAxisBreaks().breaks().stream()
                .max(Comparator.comparingDouble(b -> b.to() - b.from())).orElseThrow();
    }

    @Test
    void showAllGivesTheStoryTheWidthAndTheFarDatesASmallPlaceAtTheEdge() throws Exception {
        WindowFixture.onFx(() -> timeline().fit());
        WaitForAsyncUtils.waitForFxEvents();
        double width = timeline().getWidth();
        List<TimelineItem> items = timeline().getModel().items();
        AxisBreaks.Break gap = widest();
        List<TimelineItem> story = items.stream().filter(it -> it.anchor() > gap.to()).toList();
        TimelineItem far = items.get(0); // "the 1990s"
        assertThat(far.anchor()).isLessThan(gap.from());
        assertThat(story.size()).as("the story holds most events").isGreaterThan(items.size() * 3 / 4);
        // the story's years fill the width (a linear axis from the 1990s gave them the right tenth)
        double storyFrom = story.stream().mapToDouble(TimelineItem::periodStart).min().orElseThrow();
        double storyTo = story.stream().mapToDouble(TimelineItem::periodEnd).max().orElseThrow();
        assertThat(timeline().xOf(storyTo, width) - timeline().xOf(storyFrom, width)).isGreaterThan(width * 0.75);
        // nineteen empty years are a narrow break
        assertThat(timeline().xOf(gap.to(), width) - timeline().xOf(gap.from(), width)).isLessThan(width * 0.06);
        // the far date keeps a small place of its own at the left edge, and is drawn there
        assertThat(timeline().xOf(far.anchor(), width)).isBetween(0.0, width * 0.12);
        assertThat(timeline().getDrawnEvents()).contains(far.event());
        assertThat(timeline().markerPosition(far.event()).getX()).isLessThan(width * 0.12);
        // the overview band has the same broken axis: it marks the break
        assertThat(w.overview().drawnBreaks()).isGreaterThanOrEqualTo(1);
        WindowFixture.shoot(w, "broken-axis-show-all");
    }

    @Test
    void theKeyEventsHeadlinesAreDrawnWholeInTheOpeningView() throws Exception {
        WindowFixture.onFx(() -> timeline().fitMost(0.9));
        WaitForAsyncUtils.waitForFxEvents();
        List<TimelineItem> key = timeline().getModel().items().stream().filter(TimelineItem::key).toList();
        assertThat(key).hasSizeGreaterThanOrEqualTo(5);
        for (TimelineItem it : key) {
            assertThat(timeline().drawnLabel(it.event())).as("a key event's label").isEqualTo(it.text());
        }
        // and the longest of them is longer than any other label may be before it is cut
        double longest = key.stream().mapToDouble(it -> app.dateline.app.timeline.FontMeasure.of(
                javafx.scene.text.Font.font("System", 12)).width(it.text())).max().orElseThrow();
        assertThat(longest).isGreaterThan(timeline().getMetrics().maxLabelWidth());
    }

    @Test
    void zoomAndPanStayExactOnTheBrokenAxis() throws Exception {
        WindowFixture.onFx(() -> timeline().fit());
        WaitForAsyncUtils.waitForFxEvents();
        double width = timeline().getWidth();
        assertThat(timeline().getAxisWarp().isIdentity()).isFalse();
        for (double share : new double[] {0.05, 0.5, 0.9}) {
            double x = width * share;
            double day = timeline().dayAt(x, width);
            double from = timeline().getVisibleStart();
            double to = timeline().getVisibleEnd();
            WindowFixture.onFx(() -> timeline().zoom(2, x));
            assertThat(timeline().xOf(day, width)).as("the day under the pointer stays there").isEqualTo(x, within(1e-6));
            WindowFixture.onFx(() -> timeline().zoom(0.5, x));
            assertThat(timeline().getVisibleStart()).isEqualTo(from, within(1e-6));
            assertThat(timeline().getVisibleEnd()).isEqualTo(to, within(1e-6));
        }
        // a pan moves everything by the same pixels, across the break too, and back again
        WindowFixture.onFx(() -> timeline().zoom(1.5, width / 2));
        double from = timeline().getVisibleStart();
        double to = timeline().getVisibleEnd();
        double storyDay = timeline().getModel().items().get(timeline().getModel().size() / 2).anchor();
        double before = timeline().xOf(storyDay, width);
        WindowFixture.onFx(() -> timeline().pan(-120));
        assertThat(timeline().xOf(storyDay, width)).isEqualTo(before + 120, within(1e-6));
        WindowFixture.onFx(() -> timeline().pan(120));
        assertThat(timeline().getVisibleStart()).isEqualTo(from, within(1e-6));
        assertThat(timeline().getVisibleEnd()).isEqualTo(to, within(1e-6));
        // smooth: the day under each pixel grows from left to right
        double previous = Double.NEGATIVE_INFINITY;
        for (double x = 0; x <= width; x += 7) {
            double d = timeline().dayAt(x, width);
            assertThat(d).isGreaterThan(previous);
            previous = d;
        }
    }

    @Test
    void aBreakKeepsASmallWidthOnScreenAtEveryZoom() throws Exception {
        AxisBreaks.Break gap = widest();
        for (double factor : new double[] {1, 2, 5, 10, 40}) {
            WindowFixture.onFx(() -> {
                timeline().fit();
                double width = timeline().getWidth();
                timeline().zoom(factor, timeline().xOf(gap.to(), width)); // into the story where it begins
            });
            double width = timeline().getWidth();
            double x0 = timeline().xOf(gap.from(), width);
            double x1 = timeline().xOf(gap.to(), width);
            assertThat(x1).as("zoomed " + factor + "x, the break is in view").isBetween(0.0, width);
            assertThat(x1 - x0).as("zoomed " + factor + "x, the break's width on screen")
                    .isBetween(3.0, TimelineView.BREAK_PIXELS + 1e-6);
            // the story beside it has the rest: a day there is as wide as anywhere else in its block
            double day = gap.to() + 10;
            assertThat(timeline().xOf(day + 1, width) - timeline().xOf(day, width))
                    .isEqualTo(1 / timeline().visibleScale(width).daysPerPixel(), within(1e-6));
        }
        WindowFixture.shoot(w, "break-zoomed");
    }

    @Test
    void theAxisDoesNotMoveWhileAFilterChangesWhatIsShown() throws Exception {
        var before = timeline().getAxisBreaks().breaks();
        WindowFixture.onFx(() -> w.workspace().filter().precisions().remove(PrecisionClass.DECADE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getAxisBreaks().breaks()).isEqualTo(before);
    }

    /** An article with events of at least two precisions, each told only there. */
    private static ArticleExtraction articleWithTwoPrecisions() {
        for (ArticleExtraction a : w.workspace().articles()) {
            long classes = w.workspace().events().stream().filter(m -> only(m, a)).map(PrecisionClass::of)
                    .filter(p -> p != PrecisionClass.NOT_ON_TIMELINE).distinct().count();
            if (classes >= 2) {
                return a;
            }
        }
        throw new AssertionError("no article of the seed corpus has two precisions");
    }

    private static boolean only(MergedEvent m, ArticleExtraction a) {
        return m.sources().stream().allMatch(s -> s.article().equals(a.article()));
    }

    @Test
    void whenAFilterHidesTheSelectedEventTheArticlePaneMovesToAShownOne() throws Exception {
        ArticleExtraction a = articleWithTwoPrecisions();
        MergedEvent chosen = w.workspace().events().stream().filter(m -> only(m, a) && m.isPlottable())
                .findFirst().orElseThrow();
        WindowFixture.onFx(() -> w.workspace().setSelected(chosen));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.articleView().article()).isSameAs(a);
        PrecisionClass hidden = PrecisionClass.of(chosen);
        WindowFixture.onFx(() -> w.workspace().filter().precisions().remove(hidden));
        WaitForAsyncUtils.waitForFxEvents();
        Event marked = w.articleView().selectedEvent();
        assertThat(marked).as("the pane marks a date still shown").isNotNull();
        MergedEvent now = w.workspace().eventOf(marked);
        assertThat(PrecisionClass.of(now)).isNotEqualTo(hidden);
        assertThat(w.workspace().shownEvents()).contains(now);
        assertThat(w.workspace().getSelected()).isSameAs(now);
        assertThat(w.articleView().article()).as("in the same article").isSameAs(a);
    }

    @Test
    void whenTheFiltersHideAllOfItsArticleThePaneSaysSo() throws Exception {
        MergedEvent chosen = timeline().getModel().items().get(timeline().getModel().size() / 2).event();
        WindowFixture.onFx(() -> w.workspace().setSelected(chosen));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.articleView().selectedEvent()).isNotNull();
        WindowFixture.onFx(() -> w.workspace().articles() // every article unticked: nothing is shown
                .forEach(x -> w.workspace().filter().hiddenArticles().add(x.article().source())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.workspace().shownEvents()).isEmpty();
        assertThat(w.articleView().article()).isNull();
        assertThat(w.articleView().selectedEvent()).isNull();
        assertThat(w.articleView().placeholderText()).isEqualTo(ArticleFollowsFilters.ALL_HIDDEN);
    }
}
