package app.dateline.app.timeline.layout;

import static app.dateline.app.timeline.layout.Items.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningViewTest {

    private static void monthly(List<TimelineItem> items, int year, int months) {
        for (int m = 1; m <= months; m++) {
            items.add(Items.item(LocalDate.of(year, m, 10).toString(), "Something happened"));
        }
    }

    @Test
    void aStoryCrowdedIntoTwoYearsOfItsSeventeenOpensOnThoseYears() {
        // as in the TimeBank articles: recalled 1983 and 2000, most of what is told in 1989 and 1998
        List<TimelineItem> items = new ArrayList<>();
        monthly(items, 1983, 2);
        monthly(items, 1989, 12);
        monthly(items, 1990, 12);
        monthly(items, 1997, 12);
        monthly(items, 1998, 12);
        monthly(items, 2000, 1);
        double[] story = {day("1983-01-01"), day("2001-01-01")};
        double[] dense = OpeningView.densest(items, story);
        assertThat(dense[0]).isBetween(day("1989-01-01"), day("1989-12-31"));
        assertThat(dense[1]).isBetween(day("1998-01-01"), day("1998-12-31"));
    }

    @Test
    void aStoryToldAllAlongOpensWhole() {
        List<TimelineItem> items = new ArrayList<>();
        for (int y = 2020; y <= 2024; y++) {
            monthly(items, y, 12);
        }
        double[] story = {day("2020-01-01"), day("2025-01-01")};
        assertThat(OpeningView.densest(items, story)).containsExactly(story);
        assertThat(OpeningView.densest(items.subList(0, 8), story)).as("too few to choose").containsExactly(story);
    }

    @Test
    void anEdgeInABreakOrJustPastItMovesOutOverTheWholeBreak() {
        List<double[]> periods = Items.story(2021, 2022);
        periods.addAll(Items.story(2010, 2011));
        AxisBreaks axis = AxisBreaks.of(periods);
        AxisWarp warp = AxisWarp.of(axis);
        AxisBreaks.Break gap = axis.breaks().get(0);
        double u0 = warp.unit(gap.from());
        double u1 = warp.unit(gap.to());
        double pad = 30;
        // the view would begin 10 units before the story after the break: inside the break's margin
        double[] view = OpeningView.clearOfBreaks(u1 - 10, warp.unit(day("2022-12-01")), pad, axis, warp);
        assertThat(view[0]).isEqualTo(u0 - pad);
        assertThat(view[1]).isEqualTo(warp.unit(day("2022-12-01")));
        // and a view ending just before the break ends past it
        double[] early = OpeningView.clearOfBreaks(warp.unit(day("2010-02-01")), u0 + 5, pad, axis, warp);
        assertThat(early[1]).isEqualTo(u1 + pad);
        // a view clear of the break is left as it is
        double[] clear = OpeningView.clearOfBreaks(u1 + 40, u1 + 400, pad, axis, warp);
        assertThat(clear).containsExactly(u1 + 40, u1 + 400);
    }
}
