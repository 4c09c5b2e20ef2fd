package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.model.PrecisionClass;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.story.KeyEvents;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The key-events control with the other filters: "Top 10" shows the ten most important of the events the other
 * filters let through (with Months unticked it showed 1 event of 42), and it offers only sizes smaller than the
 * story (Top 50 and Top 100 on 42 events were All events again).
 */
class KeyEventsWindowTest extends SeedWindowTest {

    @Test
    void topTenWithMonthsUntickedShowsTheTenMostImportantOfTheOtherPrecisions() throws Exception {
        try {
            WindowFixture.onFx(() -> {
                w.workspace().topProperty().set(10);
                w.workspace().filter().precisions().remove(PrecisionClass.MONTH);
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<MergedEvent> notMonths = w.workspace().events().stream()
                    .filter(m -> m.isPlottable() && PrecisionClass.of(m) != PrecisionClass.MONTH).toList();
            assertThat(notMonths).as("the seed has more than ten events dated otherwise than by the month").hasSizeGreaterThan(10);
            assertThat(w.workspace().shownEvents()).hasSize(10)
                    .containsExactlyInAnyOrderElementsOf(KeyEvents.top(notMonths, 10))
                    .noneMatch(m -> PrecisionClass.of(m) == PrecisionClass.MONTH);

            // a search narrows the candidates too: the top 10 of the events that match, all of them when fewer
            WindowFixture.onFx(() -> {
                w.workspace().filter().precisions().add(PrecisionClass.MONTH);
                w.workspace().filter().queryProperty().set("China");
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<MergedEvent> china = w.workspace().events().stream()
                    .filter(m -> m.isPlottable() && app.dateline.app.model.EventFilter.matches(m, new String[] {"china"})).toList();
            assertThat(china).isNotEmpty();
            assertThat(w.workspace().shownEvents()).containsExactlyInAnyOrderElementsOf(KeyEvents.top(china, 10));
        } finally {
            WindowFixture.onFx(() -> w.workspace().topProperty().set(0));
        }
    }

    @Test
    void theControlOffersOnlySizesSmallerThanTheStory() throws Exception {
        long events = w.workspace().events().stream().filter(MergedEvent::isPlottable).count();
        assertThat(events).as("the seed's events on the timeline").isBetween(21L, 49L);
        assertThat(w.keyEvents().getItems()).containsExactly(0, 10, 20);
        assertThat(w.keyEvents().getConverter().toString(0)).isEqualTo("All events");
    }

    @Test
    void thePicturesSubtitleCallsOnlyTheTopNKeyEventsAndCountsThemAmongTheFilteredOnes() throws Exception {
        try {
            WindowFixture.onFx(() -> w.workspace().filter().queryProperty().set("China"));
            WaitForAsyncUtils.waitForFxEvents();
            int matches = (int) w.workspace().shownEvents().stream().filter(MergedEvent::isPlottable).count();
            assertThat(matches).isBetween(3, 41);
            app.dateline.app.picture.StoryPicture[] p = new app.dateline.app.picture.StoryPicture[1];
            app.dateline.app.export.ExportChoice whole = new app.dateline.app.export.ExportChoice(true, 1600, 1, "China",
                    app.dateline.app.export.ExportFormat.PNG);
            WindowFixture.onFx(() -> p[0] = w.exports().picture(whole));
            // a search's matches are no "key events of 42", and the events it leaves out no "less important" ones
            assertThat(p[0].subtitle()).doesNotContain("key events");
            assertThat(p[0].notShown() == null ? "" : p[0].notShown()).doesNotContain("less important");

            WindowFixture.onFx(() -> w.workspace().topProperty().set(2));
            WaitForAsyncUtils.waitForFxEvents();
            WindowFixture.onFx(() -> p[0] = w.exports().picture(whole));
            assertThat(p[0].subtitle()).startsWith("The 2 key events of " + matches + " ");
        } finally {
            WindowFixture.onFx(() -> w.workspace().topProperty().set(0));
        }
    }
}
