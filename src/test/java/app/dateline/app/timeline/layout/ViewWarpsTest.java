package app.dateline.app.timeline.layout;

import static app.dateline.app.timeline.layout.Items.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViewWarpsTest {

    private static final double WIDTH = 1000;

    private final AxisBreaks axis = axis();
    private final AxisWarp warp = AxisWarp.of(axis);
    private final ViewWarps views = new ViewWarps(warp, 24);

    private static AxisBreaks axis() {
        List<double[]> periods = Items.story(2021, 2022);
        periods.addAll(Items.story(2010, 2011));
        return AxisBreaks.of(periods);
    }

    /** The break's width in pixels in the view of the days from..to. */
    private double breakPixels(double from, double to) {
        AxisWarp v = views.forView(from, to, WIDTH);
        AxisBreaks.Break gap = axis.breaks().get(0);
        double unitsPerPixel = (v.unit(to) - v.unit(from)) / WIDTH;
        return (v.unit(gap.to()) - v.unit(gap.from())) / unitsPerPixel;
    }

    @Test
    void aBreakIsAtMostItsPixelsAtEveryZoomAndTheBlocksKeepTheirScale() {
        double edge = day("2021-01-01"); // where the story after the break begins
        for (double days = 8000; days > 20; days /= 2) {
            double from = edge - days / 3;
            double to = edge + days * 2 / 3;
            assertThat(breakPixels(from, to)).as(days + " days in view").isLessThanOrEqualTo(24 + 1e-6);
            AxisWarp v = views.forView(from, to, WIDTH);
            assertThat(v.unit(edge + 100) - v.unit(edge)).isEqualTo(100, within(1e-6));
        }
        // zoomed in beside the break, it has just its pixels
        assertThat(breakPixels(edge - 30, edge + 300)).isEqualTo(24, within(1e-6));
        // a view of one block only is the axis's own map there
        assertThat(views.forView(day("2021-03-01"), day("2021-09-01"), WIDTH).unit(day("2021-06-01")) - views
                .forView(day("2021-03-01"), day("2021-09-01"), WIDTH).unit(day("2021-03-01"))).isEqualTo(92, within(1e-6));
    }

    @Test
    void aViewMadeAtAScaleHasThatMapAgain() {
        // a zoom computes the new view in the map of its scale; the view's days must give the same map back,
        // or the day under the pointer would move
        double anchorDay = day("2021-02-10");
        for (double unitsPerPixel : new double[] {0.2, 1, 3, 7}) {
            AxisWarp at = views.atScale(unitsPerPixel, WIDTH);
            double from = at.unit(anchorDay) - 0.25 * WIDTH * unitsPerPixel;
            double to = from + WIDTH * unitsPerPixel;
            AxisWarp again = views.forView(at.day(from), at.day(to), WIDTH);
            assertThat(again.unit(anchorDay) - again.unit(at.day(from)))
                    .isEqualTo(0.25 * WIDTH * unitsPerPixel, within(1e-6));
            assertThat(again.breakUnits()).isEqualTo(at.breakUnits(), within(1e-9 * warp.breakUnits()));
        }
    }

    @Test
    void zoomedOutTheBreaksKeepTheirWidthOnTheAxis() {
        AxisWarp wide = views.atScale(1e6, WIDTH);
        assertThat(wide).isSameAs(warp);
        assertThat(views.forView(day("1990-01-01"), day("2040-01-01"), 100)).isSameAs(warp);
    }
}
