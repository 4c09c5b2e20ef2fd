package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.timeline.layout.SeriesPalette;
import app.dateline.app.timeline.layout.TimelineItem;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The sources' colours come from the theme's stylesheet: a theme that changes one changes the window. */
class PaletteWindowTest extends SeedWindowTest {


    @AfterEach
    void plain() throws Exception {
        WindowFixture.onFx(() -> w.stage().getScene().getRoot().setStyle(""));
    }

    @Test
    void theTimelineAndTheSwatchesTakeTheSeriesColoursFromTheTheme() throws Exception {
        TimelineItem first = w.timeline().getModel().items().get(0);
        int series = first.series();
        assertThat(w.timeline().seriesFill(series)).isEqualTo(Color.web(SeriesPalette.hex(series)));
        assertThat(w.timeline().seriesFill(40)).isEqualTo(Color.web(SeriesPalette.hex(40)));

        WindowFixture.onFx(() -> w.stage().getScene().getRoot().setStyle(SeriesPalette.name(series) + ": #ff0000;"));
        WindowFixture.onFx(() -> w.stage().getScene().getRoot().applyCss());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.timeline().seriesFill(series)).isEqualTo(Color.RED);
        // the legend's swatch of that article follows the same looked-up colour
        assertThat(w.articleLegend().list().lookupAll("Rectangle").stream()
                .filter(n -> n instanceof Rectangle r && r.getStyle().contains(SeriesPalette.name(series) + ";"))
                .map(n -> ((Rectangle) n).getFill())).isNotEmpty().allMatch(Color.RED::equals);
    }
}
