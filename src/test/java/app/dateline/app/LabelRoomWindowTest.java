package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.timeline.FontMeasure;
import app.dateline.app.timeline.layout.AxisBreaks;
import app.dateline.app.timeline.layout.TimelineItem;
import java.util.List;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The room labels get in the window on the seed corpus: whole, never cut, and a flip at the right edge. */
class LabelRoomWindowTest extends SeedWindowTest {

    @Test
    void noLabelIsCutAtShowAllNorAtACloserZoom() throws Exception {
        // issue 9: the seed labels are short (none over ~70 characters); each is drawn whole or not at all (its
        // event then counted in the bottom row), never cut with "…"
        double mid = java.time.LocalDate.of(2022, 7, 1).toEpochDay();
        int whole = 0;
        for (double len : new double[] {0, 2200, 1200, 700}) {
            WindowFixture.onFx(() -> {
                if (len == 0) {
                    timeline().fit();
                } else {
                    timeline().setVisibleRange(mid - len / 2, mid + len / 2);
                }
                timeline().paintNow();
            });
            WaitForAsyncUtils.waitForFxEvents();
            for (TimelineItem it : timeline().getModel().items()) {
                String drawn = timeline().drawnLabel(it.event());
                if (drawn != null && !drawn.isEmpty()) {
                    assertThat(drawn.replace("\n", " ")).as("label at a view of " + len + " days").isEqualTo(it.text());
                    whole++;
                }
            }
        }
        WindowFixture.shoot(w, "whole-labels");
        assertThat(whole).as("labels drawn in the four views").isGreaterThan(60);
    }

    @Test
    void labelsAtTheRightEdgeOfShowAllGoLeftOfTheirMarkWhole() throws Exception {
        WindowFixture.onFx(() -> {
            timeline().fit();
            timeline().paintNow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double width = timeline().getWidth();
        int flipped = 0;
        for (TimelineItem it : timeline().getModel().items()) {
            if (!it.key() || timeline().markerPosition(it.event()) == null) {
                continue;
            }
            double markX = timeline().xOf(it.point() ? it.anchor() : it.start(), width);
            String drawn = timeline().drawnLabel(it.event());
            Bounds b = timeline().markBounds(it.event());
            double fullWidth = FontMeasure.of(javafx.scene.text.Font.font("System", 12)).width(it.text());
            if (markX + fullWidth > width - 10) {
                // too long for the room right of its mark: drawn to the left, whole and inside the view
                assertThat(drawn.replace("\n", " ")).as("key label near the right edge").isEqualTo(it.text());
                assertThat(b.getMaxX()).isLessThanOrEqualTo(width);
                assertThat(b.getMinX()).isLessThan(markX - 20);
                flipped++;
            }
        }
        WindowFixture.shoot(w, "right-edge");
        assertThat(flipped).as("key labels that meet the right edge at Show all").isGreaterThanOrEqualTo(1);
    }
    @Test
    void anEventBeyondABreakOffTheLeftEdgeLeavesNoLabelAtTheEdge() throws Exception {
        AxisBreaks.Break gap = timeline().getAxisBreaks().breaks().stream()
                .max(java.util.Comparator.comparingDouble(b -> b.to() - b.from())).orElseThrow();
        List<TimelineItem> before = timeline().getModel().items().stream()
                .filter(it -> it.point() && it.anchor() < gap.from()).toList();
        assertThat(before).as("the seed corpus tells of 11 September 2001, before the 2002-2020 break").isNotEmpty();
        // the story just after the break, the break a few pixels off the left edge
        WindowFixture.onFx(() -> {
            timeline().setVisibleRange(gap.to() + 3, gap.to() + 150);
            timeline().paintNow();
        });
        double width = timeline().getWidth();
        assertThat(timeline().xOf(gap.to(), width)).isBetween(-60.0, 0.0);
        for (TimelineItem it : before) {
            assertThat(timeline().drawnLabel(it.event())).as(it.text() + ", 19 years before the view").isNull();
        }
        assertThat(timeline().getDrawnEvents()).isNotEmpty();
    }
}
