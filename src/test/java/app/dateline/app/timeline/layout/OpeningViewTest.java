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

    /**
     * As pooled H1N1 with all its events: a tenth of them recall the 2000s ("I bought my first digital camera"), so
     * the densest stretch with nine tenths of them runs over years; the twenty most important are told in April
     * to June 2009, and the window opens there.
     */
    @Test
    void aStoryWithALongBackgroundOpensOnWhereItsMostImportantEventsAre() {
        List<TimelineItem> items = new ArrayList<>();
        for (int y = 2000; y <= 2008; y++) { // the background: weak, all over the decade
            for (int m = 1; m <= 12; m += 2) {
                items.add(important(LocalDate.of(y, m, 5).toString(), "Published a large number of articles", 0.5));
            }
        }
        for (int d = 0; d < 70; d++) { // the story, 25 April to mid-June 2009, a few of its days key
            LocalDate day = LocalDate.of(2009, 4, 25).plusDays(d % 50);
            items.add(important(day.toString(), "The outbreak spread " + d, d % 3 == 0 ? 6 + d / 10.0 : 1));
        }
        double[] story = {day("2000-01-01"), day("2010-01-01")};
        double[] dense = OpeningView.densest(items, story);
        assertThat(dense[0]).as("the densest stretch alone keeps the background").isLessThan(day("2004-01-01"));
        double[] open = OpeningView.opening(items, story);
        assertThat(open[0]).isBetween(day("2009-04-25"), day("2009-05-01"));
        assertThat(open[1]).isBetween(day("2009-06-01"), day("2009-06-14"));
    }

    @Test
    void aStoryWhoseKeyEventsAreSpreadOrASmallOneKeepsTheDensestStretch() {
        List<TimelineItem> items = new ArrayList<>();
        for (int y = 2000; y <= 2009; y++) { // key events every year
            for (int m = 1; m <= 12; m++) {
                items.add(important(LocalDate.of(y, m, 5).toString(), "Something happened", m == 6 ? 9 : 1));
            }
        }
        double[] story = {day("2000-01-01"), day("2010-01-01")};
        assertThat(OpeningView.opening(items, story)).containsExactly(OpeningView.densest(items, story));
        List<TimelineItem> small = new ArrayList<>(); // 60 events, the last 20 important: too few for a heart
        for (int k = 0; k < 60; k++) {
            small.add(important(LocalDate.of(2000, 1, 5).plusMonths(k).toString(), "Something happened", k >= 40 ? 5 : 0));
        }
        double[] five = {day("2000-01-01"), day("2005-01-01")};
        assertThat(OpeningView.opening(small, five)).containsExactly(OpeningView.densest(small, five));
        List<TimelineItem> more = new ArrayList<>(small); // the same with five times the events: its heart
        for (int k = 0; k < 60; k++) {
            more.add(important(LocalDate.of(2000, 1, 20).plusMonths(k).toString(), "Something else", 0));
        }
        assertThat(OpeningView.opening(more, five)[0]).isGreaterThan(day("2003-01-01"));
    }

    private static TimelineItem important(String value, String label, double importance) {
        return TimelineItem.of(Items.event(value, null, label).withImportance(importance), 0).fitted(Items.SIX, 250);
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
