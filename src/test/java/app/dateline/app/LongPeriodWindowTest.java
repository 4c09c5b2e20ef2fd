package app.dateline.app;

import static app.dateline.app.timeline.MadeUpEvents.day;
import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.timeline.MadeUpEvents;
import app.dateline.app.timeline.TimelineView;
import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.merge.MergedEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A story of 2009-2011 that also says "the 21st century" (as a BBC story of Michael Jackson's death does): Show all
 * ends with the story, not in 2099, where the century ends; the century's mark stays in
 * view.
 */
class LongPeriodWindowTest {

    private static final Article ARTICLE = new Article("mj/a.txt", "Jackson", "BBC", LocalDate.of(2011, 11, 8),
            DateOrigin.FRONT_MATTER, "body", List.of());

    @Test
    void showAllEndsWithTheStoryNotWithTheCentury() throws Exception {
        List<MergedEvent> events = new ArrayList<>();
        int at = 0;
        for (LocalDate d = LocalDate.of(2009, 6, 25); d.isBefore(LocalDate.of(2011, 11, 30)); d = d.plusDays(23)) {
            events.add(MadeUpEvents.told(ARTICLE, at++, d.toString(), null, "The trial heard evidence"));
        }
        MergedEvent century = MadeUpEvents.told(ARTICLE, at, "20", null, "A clean energy agenda for the century");
        events.add(century);
        TimelineStage shown = TimelineStage.show(events, 1000, 400);
        try {
            TimelineView timeline = shown.timeline();
            WindowFixture.onFx(timeline::fit);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(timeline.getVisibleEnd()).as("the view ends with the story's last day")
                    .isLessThan(day("2012-06-01"));
            double width = timeline.getWidth();
            double mark = timeline.getModel().items().get(timeline.getModel().indexOf(century)).anchor();
            assertThat(timeline.xOf(mark, width)).as("the century's mark is drawn in the view").isBetween(0.0, width);
        } finally {
            shown.close();
        }
    }
}
