package app.dateline.app.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AxisBreaksTest {

    private static double[] month(int year, int month) {
        LocalDate d = LocalDate.of(year, month, 1);
        return new double[] {d.toEpochDay(), d.plusMonths(1).toEpochDay()};
    }

    private static List<double[]> story(int fromYear, int toYear) {
        List<double[]> periods = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            for (int m = 1; m <= 12; m += 2) {
                periods.add(month(y, m));
            }
        }
        return periods;
    }

    @Test
    void aStoryWithNoGapIsOnePlainAxis() {
        AxisBreaks axis = AxisBreaks.of(story(2021, 2024));
        assertThat(axis.breaks()).isEmpty();
        assertThat(axis.x(LocalDate.of(2021, 1, 1).toEpochDay())).isEqualTo(0, within(1e-9));
        assertThat(axis.x(LocalDate.of(2024, 12, 1).toEpochDay())).isEqualTo(1, within(1e-3)); // the end of November
    }

    @Test
    void aLoneFarDateGetsASmallPlaceAndTheSkippedYearsAreABreak() {
        List<double[]> periods = story(2021, 2024);
        LocalDate c11 = LocalDate.of(1001, 1, 1);
        periods.add(new double[] {c11.toEpochDay(), LocalDate.of(1101, 1, 1).toEpochDay()}); // "the 11th century"
        AxisBreaks axis = AxisBreaks.of(periods);
        assertThat(axis.segments()).hasSize(2);
        assertThat(axis.segments().get(0).lone()).isTrue();
        assertThat(axis.segments().get(0).x1() - axis.segments().get(0).x0()).isEqualTo(AxisBreaks.LONE_SHARE, within(1e-9));
        assertThat(axis.breaks()).hasSize(1);
        assertThat(LocalDate.ofEpochDay((long) axis.breaks().get(0).to()).getYear()).isEqualTo(2021);
        // the story's four years take nearly all the width
        double story = axis.x(LocalDate.of(2025, 1, 1).toEpochDay()) - axis.x(LocalDate.of(2021, 1, 1).toEpochDay());
        assertThat(story).isGreaterThan(0.85);
        assertThat(axis.storyDays()[0]).isEqualTo(LocalDate.of(2021, 1, 1).toEpochDay());
    }

    /**
     * As pooled H1N1: a 2009 story that recalls the years 1000, 1347, 1918... and looks ahead to 2030, 2050, 2099.
     * Each far date on its own was a place and a break, and the breaks took two thirds of the axis; the far
     * past is one small place, the far future another, and the story has most of the width.
     */
    @Test
    void farDatesSideBySideShareOneSmallPlace() {
        List<double[]> periods = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            periods.addAll(story(2008, 2010));
        }
        for (int year : new int[] {1000, 1347, 1439, 1509, 1843, 1889, 1918, 1937, 2030, 2040, 2050, 2080, 2099}) {
            periods.add(new double[] {LocalDate.of(year, 1, 1).toEpochDay(), LocalDate.of(year + 1, 1, 1).toEpochDay()});
        }
        AxisBreaks axis = AxisBreaks.of(periods);
        assertThat(axis.segments()).hasSize(3);
        assertThat(axis.segments().get(0).lone()).isTrue();
        assertThat(LocalDate.ofEpochDay((long) axis.segments().get(0).from()).getYear()).isEqualTo(1000);
        assertThat(LocalDate.ofEpochDay((long) axis.segments().get(0).to()).getYear()).isEqualTo(1938);
        assertThat(axis.segments().get(2).lone()).isTrue();
        assertThat(axis.breaks()).hasSize(2);
        double story = axis.x(LocalDate.of(2011, 1, 1).toEpochDay()) - axis.x(LocalDate.of(2008, 1, 1).toEpochDay());
        assertThat(story).isGreaterThan(0.75);
        assertThat(LocalDate.ofEpochDay((long) axis.storyDays()[0]).getYear()).isEqualTo(2008);
    }

    @Test
    void positionsGrowWithTheDateAcrossBreaks() {
        List<double[]> periods = story(2021, 2022);
        periods.addAll(story(2010, 2011));
        AxisBreaks axis = AxisBreaks.of(periods);
        assertThat(axis.breaks()).hasSize(1);
        grows(axis, 2010, 2023);
        // two blocks of equal length, neither lone: one scale for both
        AxisBreaks.Segment a = axis.segments().get(0);
        AxisBreaks.Segment b = axis.segments().get(1);
        assertThat(a.daysPerWidth()).isEqualTo(b.daysPerWidth(), within(a.daysPerWidth() * 0.01));
    }

    @Test
    void aLongPeriodNeverStretchesTheStory() {
        List<double[]> periods = story(1988, 1990);
        periods.add(new double[] {LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2000, 1, 1).toEpochDay()}); // "the 1900s"
        periods.add(new double[] {LocalDate.of(1800, 1, 1).toEpochDay(), LocalDate.of(1900, 1, 1).toEpochDay()}); // "the 1800s"
        AxisBreaks axis = AxisBreaks.of(periods);
        double[] story = axis.storyDays();
        assertThat(LocalDate.ofEpochDay((long) story[0]).getYear()).isEqualTo(1988);
        assertThat(LocalDate.ofEpochDay((long) story[1] - 1).getYear()).isEqualTo(1990);
        assertThat(axis.segments().get(0).lone()).isTrue(); // the 1800s keep a small place of their own
    }

    @Test
    void aLongPeriodOverTheStoryDoesNotRunTheAxisOn() {
        // "the 21st century" beside a story of 2009-2011: the plain axis ends with the story, not in 2099; it
        // begins in 2000, where the century's mark is
        List<double[]> periods = story(2009, 2011);
        periods.add(new double[] {LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2100, 1, 1).toEpochDay()});
        AxisBreaks axis = AxisBreaks.of(periods);
        assertThat(axis.segments()).hasSize(1);
        assertThat(LocalDate.ofEpochDay((long) axis.firstDay()).getYear()).isEqualTo(2000);
        assertThat(LocalDate.ofEpochDay((long) axis.lastDay() - 1).getYear()).isEqualTo(2011);
    }

    /**
     * As pooled H1N1 at Show all: nearly every event in 2009, a thin background of one or two mentions a year
     * back to 1947. Sized by length, 1947-2008 took nine tenths of the story's block and 2009 a sixtieth; sized by
     * what they hold, 2009 is more than half the axis, the background keeps a narrow place with its own
     * calendar, and the two meet with no break (the calendar goes on, the scale changes).
     */
    @Test
    void aStorysBusyYearGetsMostOfTheWidthAndItsBackgroundANarrowPlace() {
        List<double[]> periods = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            periods.addAll(story(2009, 2009)); // 360 events in 2009
        }
        for (int y = 1947; y <= 2008; y++) {
            periods.add(month(y, 3));
            if (y % 2 == 0) {
                periods.add(month(y, 9));
            }
        }
        periods.add(month(2010, 2));
        periods.add(month(1000, 1)); // a far date: its small place and a break
        AxisBreaks axis = AxisBreaks.of(periods);
        double y2009 = axis.x(LocalDate.of(2010, 1, 1).toEpochDay()) - axis.x(LocalDate.of(2009, 1, 1).toEpochDay());
        double background = axis.x(LocalDate.of(2009, 1, 1).toEpochDay()) - axis.x(LocalDate.of(1947, 1, 1).toEpochDay());
        assertThat(y2009).as("2009").isGreaterThan(0.5);
        assertThat(background).as("1947-2008").isGreaterThan(0.05).isLessThan(0.3);
        assertThat(axis.breaks()).as("only the empty years after 1000 are cut").hasSize(1);
        AxisBreaks.Segment before = axis.segments().stream().filter(s -> s.to() == LocalDate.of(2009, 1, 1).toEpochDay())
                .findFirst().orElseThrow();
        AxisBreaks.Segment busy = axis.segments().get(axis.segments().indexOf(before) + 1);
        assertThat(busy.from()).isEqualTo(before.to());
        assertThat(busy.x0()).isEqualTo(before.x1(), within(1e-12));
        assertThat(before.lone()).as("the background has a calendar").isFalse();
        grows(axis, 1940, 2011);
    }

    /** Positions grow with the date, a June each year from {@code fromYear} to {@code toYear}. */
    private static void grows(AxisBreaks axis, int fromYear, int toYear) {
        double previous = -1;
        for (int y = fromYear; y <= toYear; y++) {
            double x = axis.x(LocalDate.of(y, 6, 1).toEpochDay());
            assertThat(x).isGreaterThan(previous);
            previous = x;
        }
    }

    @Test
    void aStoryWhoseEventsAreSpreadIsNotCut() {
        List<double[]> periods = story(2020, 2024);
        periods.addAll(story(2021, 2022));
        AxisBreaks axis = AxisBreaks.of(periods);
        assertThat(axis.segments()).hasSize(1);
    }
}
