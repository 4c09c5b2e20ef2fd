package app.dateline.app.timeline.layout;

import static app.dateline.app.timeline.layout.Items.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AxisWarpTest {

    private static double day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay();
    }

    @Test
    void withNoBreakDaysAreUnits() {
        AxisWarp w = AxisWarp.of(AxisBreaks.of(story(2021, 2024)));
        assertThat(w.isIdentity()).isTrue();
        assertThat(w.unit(day(2022, 3, 4))).isEqualTo(day(2022, 3, 4));
    }

    @Test
    void theStoryKeepsADayAUnitWhileTheEmptyYearsAndTheFarDateShrink() {
        List<double[]> periods = story(2021, 2024);
        periods.add(new double[] {day(1990, 1, 1), day(2000, 1, 1)}); // "the 1990s"
        AxisWarp w = AxisWarp.of(AxisBreaks.of(periods));
        assertThat(w.isIdentity()).isFalse();
        // inside the story a year is a year of units
        assertThat(w.unit(day(2023, 1, 1)) - w.unit(day(2022, 1, 1))).isEqualTo(365, within(1e-6));
        assertThat(w.daysPerUnit(day(2022, 6, 1))).isEqualTo(1, within(1e-9));
        // the 21 empty years between the 1990s and 2021 take far less than a year of the story
        double gap = w.unit(day(2021, 1, 1)) - w.unit(day(2000, 1, 1));
        assertThat(gap).isLessThan(365).isGreaterThan(0);
        // the ten years of "the 1990s" get a small place too: less than the four years of the story
        assertThat(w.unit(day(2000, 1, 1)) - w.unit(day(1990, 1, 1))).isLessThan(4 * 365);
    }

    @Test
    void theMapGoesBothWaysAndNeverFolds() {
        List<double[]> periods = story(2021, 2022);
        periods.addAll(story(2010, 2011));
        periods.add(new double[] {day(1001, 1, 1), day(1101, 1, 1)});
        growsBothWays(AxisWarp.of(AxisBreaks.of(periods)), day(900, 1, 1), day(2030, 1, 1), 97.3);
    }

    /** Units grow with the days from {@code from} to {@code to}, and each goes back to its day. */
    private static void growsBothWays(AxisWarp w, double from, double to, double step) {
        double previous = Double.NEGATIVE_INFINITY;
        for (double d = from; d < to; d += step) {
            double u = w.unit(d);
            assertThat(u).isGreaterThan(previous);
            assertThat(w.day(u)).isEqualTo(d, within(1e-6 * Math.max(1, Math.abs(d))));
            previous = u;
        }
    }
    @Test
    void narrowerBreaksKeepTheBlocksAndTheLengthOfARangeAddsUp() {
        List<double[]> periods = story(2021, 2022);
        periods.addAll(story(2010, 2011));
        AxisWarp w = AxisWarp.of(AxisBreaks.of(periods));
        assertThat(w.breakCount()).isEqualTo(1);
        double wide = w.breakUnits();
        AxisWarp narrow = w.withBreaksAtMost(wide / 10);
        assertThat(narrow.breakUnits()).isEqualTo(wide / 10, within(1e-9));
        assertThat(w.withBreaksAtMost(wide * 2)).isSameAs(w);
        // a year of a block is still a year of units, on both sides of the break
        assertThat(narrow.unit(day(2022, 1, 1)) - narrow.unit(day(2021, 1, 1))).isEqualTo(365, within(1e-6));
        assertThat(narrow.unit(day(2011, 1, 1)) - narrow.unit(day(2010, 1, 1))).isEqualTo(365, within(1e-6));
        // a range over the break: its blocks' units plus its breaks times their width, under either map
        double from = day(2011, 6, 1);
        double to = day(2021, 6, 1);
        double[] ab = w.blocksAndBreaks(from, to);
        assertThat(ab[1]).isEqualTo(1, within(1e-9));
        assertThat(w.unit(to) - w.unit(from)).isEqualTo(ab[0] + ab[1] * wide, within(1e-6));
        assertThat(narrow.unit(to) - narrow.unit(from)).isEqualTo(ab[0] + ab[1] * wide / 10, within(1e-6));
        // and it still goes both ways, growing
        double previous = Double.NEGATIVE_INFINITY;
        for (double d = day(2009, 1, 1); d < day(2024, 1, 1); d += 41.7) {
            assertThat(narrow.unit(d)).isGreaterThan(previous);
            assertThat(narrow.day(narrow.unit(d))).isEqualTo(d, within(1e-6));
            previous = narrow.unit(d);
        }
    }

    /** A busy year beside its sparse background: the two meet at one knot, the busy year keeps a unit a day. */
    @Test
    void aBusyYearBesideItsBackgroundKeepsADayAUnitAndTheMapStaysExact() {
        List<double[]> periods = new java.util.ArrayList<>();
        for (int k = 0; k < 60; k++) {
            periods.addAll(story(2009, 2009));
        }
        for (int y = 1947; y <= 2008; y++) {
            periods.add(new double[] {day(y, 3, 1), day(y, 4, 1)});
        }
        periods.add(new double[] {day(1000, 1, 1), day(1001, 1, 1)});
        AxisWarp w = AxisWarp.of(AxisBreaks.of(periods));
        assertThat(w.breakCount()).as("the junction is no break").isEqualTo(1);
        assertThat(w.unit(day(2009, 7, 1)) - w.unit(day(2009, 6, 1))).isEqualTo(30, within(1e-6));
        assertThat(w.daysPerUnit(day(1990, 6, 1))).as("the background is drawn smaller").isGreaterThan(5);
        growsBothWays(w, day(900, 1, 1), day(2012, 1, 1), 37.1);
        AxisWarp narrow = w.withBreaksAtMost(w.breakUnits() / 10);
        assertThat(narrow.unit(day(2009, 7, 1)) - narrow.unit(day(2009, 6, 1))).isEqualTo(30, within(1e-6));
        assertThat(narrow.unit(day(2009, 1, 1)) - narrow.unit(day(1980, 1, 1)))
                .isEqualTo(w.unit(day(2009, 1, 1)) - w.unit(day(1980, 1, 1)), within(1e-6));
    }
}
