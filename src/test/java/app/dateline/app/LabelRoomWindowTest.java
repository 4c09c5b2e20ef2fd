package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.timeline.FontMeasure;
import app.dateline.app.timeline.layout.AxisBreaks;
import app.dateline.app.timeline.layout.TimelineItem;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The room labels get in the window on the seed corpus: two lines before a cut, and a flip at the right edge. */
class LabelRoomWindowTest extends SeedWindowTest {

    /** The labels drawn on two lines in the current view, as "first\nsecond", with their items. */
    private static List<TimelineItem> twoLineItems() {
        List<TimelineItem> found = new ArrayList<>();
        for (TimelineItem it : timeline().getModel().items()) {
            String drawn = timeline().drawnLabel(it.event());
            if (drawn != null && drawn.contains("\n")) {
                found.add(it);
            }
        }
        return found;
    }

    /** The height of the frame's rows: the box of a label drawn on one line. */
    private static double rowHeight() {
        for (TimelineItem it : timeline().getModel().items()) {
            String drawn = timeline().drawnLabel(it.event());
            if (drawn != null && !drawn.isEmpty() && !drawn.contains("\n")) {
                return timeline().markBounds(it.event()).getHeight();
            }
        }
        throw new AssertionError("no label on one line in view");
    }

    @Test
    void aLabelLongerThanItsRoomIsDrawnWholeOnTwoLines() throws Exception {
        FontMeasure measure = FontMeasure.of(javafx.scene.text.Font.font("System", 12));
        List<TimelineItem> seen = new ArrayList<>();
        double mid = java.time.LocalDate.of(2022, 7, 1).toEpochDay();
        for (double len = 4000; len > 60 && seen.isEmpty(); len /= 1.3) {
            double half = len / 2;
            WindowFixture.onFx(() -> {
                timeline().setVisibleRange(mid - half, mid + half);
                timeline().paintNow();
            });
            for (TimelineItem it : twoLineItems()) {
                String drawn = timeline().drawnLabel(it.event());
                String[] lines = drawn.split("\n");
                assertThat(lines).hasSize(2);
                // whole, in reading order, each line narrower than the whole label would be on one line
                assertThat(lines[0] + " " + lines[1]).isEqualTo(it.text());
                for (String line : lines) {
                    assertThat(measure.width(line)).isLessThan(measure.width(it.text()));
                }
                // the label box is two lanes high (rows are lower where the view is crowded) and within the view
                Bounds b = timeline().markBounds(it.event());
                assertThat(b.getHeight()).isGreaterThan(1.5 * rowHeight());
                assertThat(b.getMaxX()).isLessThanOrEqualTo(timeline().getWidth());
                seen.add(it);
            }
        }
        assertThat(seen).as("some view of the story draws a label on two lines").isNotEmpty();
        WindowFixture.shoot(w, "two-lines");
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
