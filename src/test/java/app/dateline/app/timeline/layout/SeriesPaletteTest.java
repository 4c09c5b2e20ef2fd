package app.dateline.app.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** One palette, in the themes' stylesheets: what the window shows through CSS is what the pictures draw. */
class SeriesPaletteTest {

    @Test
    void bothThemesNameEverySeriesColourAndThePicturesUseTheLightOnes() {
        Map<String, Integer> light = SeriesPalette.read("/dateline/app/themes/light.css");
        Map<String, Integer> dark = SeriesPalette.read("/dateline/app/themes/dark.css");
        for (int s = 0; s < SeriesPalette.distinct(); s++) {
            assertThat(light).containsEntry("-dl-series-" + s, SeriesPalette.rgb(s));
            assertThat(dark).containsKey("-dl-series-" + s);
            assertThat(SeriesPalette.name(s)).isEqualTo("-dl-series-" + s);
        }
        assertThat(light).containsEntry("-dl-series-other", SeriesPalette.OTHER);
        assertThat(dark).containsKey("-dl-series-other");
        assertThat(light).hasSameSizeAs(dark).hasSize(SeriesPalette.distinct() + 1);
        assertThat(SeriesPalette.name(12)).isEqualTo("-dl-series-other");
        assertThat(SeriesPalette.fillStyle(40)).isEqualTo("-fx-fill: -dl-series-other;");
    }
}
