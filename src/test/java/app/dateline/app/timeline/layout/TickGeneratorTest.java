package app.dateline.app.timeline.layout;

import static app.dateline.app.timeline.layout.Items.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TickGeneratorTest {

    private final TickGenerator ticks = new TickGenerator(Items.SIX, 16);

    @Test
    void aYearAcross1200PixelsIsLabelledByMonthWithTheYearAbove() {
        AxisTicks t = ticks.ticks(TimeScale.of(day("2021-01-01"), day("2022-01-01"), 1200));
        assertThat(t.minorUnit()).isEqualTo(TickUnit.MONTH);
        assertThat(t.minor()).hasSize(12);
        assertThat(t.minor().get(0).label()).isEqualTo("January");
        assertThat(t.minor().get(8).day()).isEqualTo(day("2021-09-01"));
        assertThat(t.major()).extracting(Tick::label).containsExactly("2021");
    }

    @Test
    void aWeekIsLabelledByDayWithTheMonthAbove() {
        AxisTicks t = ticks.ticks(TimeScale.of(day("2021-09-20"), day("2021-09-27"), 1000));
        assertThat(t.minorUnit()).isEqualTo(TickUnit.DAY);
        assertThat(t.minor()).extracting(Tick::label).startsWith("Mon 20", "Tue 21");
        assertThat(t.major()).extracting(Tick::label).containsExactly("September 2021");
    }

    @Test
    void decadesAtTheScaleOfACentury() {
        AxisTicks t = ticks.ticks(TimeScale.of(day("1900-01-01"), day("2000-01-01"), 800));
        assertThat(t.minorUnit()).isIn(TickUnit.FIVE_YEARS, TickUnit.DECADE);
        assertThat(t.major()).extracting(Tick::label).contains("1950s");
    }

    @Test
    void ticksAdaptFromDecadesDownToDaysAsTheViewNarrows() {
        TickUnit previous = TickUnit.CENTURY;
        for (double days = 200 * 365.0; days >= 3; days /= 2) {
            AxisTicks t = ticks.ticks(TimeScale.of(day("2000-01-01"), day("2000-01-01") + days, 1200));
            assertThat(t.minorUnit().ordinal()).isLessThanOrEqualTo(previous.ordinal());
            previous = t.minorUnit();
            // labels fit side by side: the narrowest interval holds its label
            List<Tick> minor = t.minor();
            double px = TimeScale.of(day("2000-01-01"), day("2000-01-01") + days, 1200).daysPerPixel();
            for (Tick k : minor.subList(0, minor.size() - 1)) {
                assertThat((k.end() - k.day()) / px).isGreaterThanOrEqualTo(Items.SIX.width(k.label()));
            }
            assertThat(minor.size()).isLessThan(1200 / 10);
        }
        assertThat(previous).isEqualTo(TickUnit.DAY);
    }
}
