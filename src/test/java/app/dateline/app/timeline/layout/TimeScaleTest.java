package app.dateline.app.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimeScaleTest {

    @Test
    void daysAndPixelsGoBothWays() {
        TimeScale s = TimeScale.of(100, 200, 1000);
        assertThat(s.daysPerPixel()).isEqualTo(0.1);
        assertThat(s.x(150)).isCloseTo(500, within(1e-9));
        assertThat(s.day(250)).isCloseTo(125, within(1e-9));
        assertThat(s.end()).isCloseTo(200, within(1e-9));
        assertThat(s.worldX(150) - s.worldLeft()).isCloseTo(s.x(150), within(1e-6));
    }

    @Test
    void histogramCountsEachItemOnceInItsSlice() {
        var items = java.util.List.of(Items.item("2021-01-10", "a"), Items.item("2021-01-20", "b"), Items.item("2021-03-05", "c"));
        Histogram h = Histogram.of(items, Items.day("2021-01-01"), Items.day("2021-04-01"), 3);
        assertThat(h.counts()).containsExactly(2, 0, 1);
        assertThat(h.max()).isEqualTo(2);
    }

    @Test
    void thePaletteTellsTwelveApartAndGivesTheRestOneGrey() {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int s = 0; s < 40; s++) {
            colours.add(SeriesPalette.rgb(s));
        }
        assertThat(SeriesPalette.distinct()).isEqualTo(12);
        assertThat(colours).hasSize(13);
        assertThat(SeriesPalette.rgb(12)).isEqualTo(SeriesPalette.OTHER).isEqualTo(SeriesPalette.rgb(39));
        assertThat(SeriesPalette.hex(0)).isEqualTo("#4e79a7");
    }
}
