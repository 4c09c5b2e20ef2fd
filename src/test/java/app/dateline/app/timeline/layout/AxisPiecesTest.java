package app.dateline.app.timeline.layout;

import static app.dateline.app.timeline.layout.Items.day;
import static app.dateline.app.timeline.layout.Items.story;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxisPiecesTest {

    private final TickGenerator generator = new TickGenerator(Items.SIX, 16);

    @Test
    void aPlainAxisIsOnePieceWithTheUsualTicks() {
        AxisBreaks axis = AxisBreaks.of(story(2021, 2022));
        TimeScale view = TimeScale.of(day("2021-01-01"), day("2022-01-01"), 1200);
        AxisPieces pieces = AxisPieces.of(axis, AxisWarp.of(axis), view, generator);
        assertThat(pieces.pieces()).hasSize(1);
        assertThat(pieces.pieces().get(0).ticks()).isEqualTo(generator.ticks(view));
    }

    @Test
    void eachSideOfABreakHasItsOwnTicksRightUpToTheBreak() {
        List<double[]> periods = story(2010, 2011);
        periods.addAll(story(2021, 2022));
        AxisBreaks axis = AxisBreaks.of(periods);
        AxisWarp warp = AxisWarp.of(axis);
        assertThat(axis.breaks()).hasSize(1);
        TimeScale view = TimeScale.of(warp.unit(day("2010-01-01")), warp.unit(day("2023-01-01")), 1200);
        AxisPieces pieces = AxisPieces.of(axis, warp, view, generator);
        assertThat(pieces.pieces()).hasSize(2);
        AxisPieces.Piece before = pieces.pieces().get(0);
        AxisPieces.Piece after = pieces.pieces().get(1);
        double breakFrom = view.x(before.to());
        double breakTo = view.x(after.from());
        assertThat(breakTo - breakFrom).as("the eight empty years are a narrow gap").isLessThan(60);
        // the months run on until the break on the left and start again right after it
        double lastBefore = before.ticks().minor().stream().mapToDouble(t -> view.x(t.day()))
                .filter(x -> x <= breakFrom).max().orElseThrow();
        double firstAfter = after.ticks().minor().stream().mapToDouble(t -> view.x(t.day()))
                .filter(x -> x >= breakTo).min().orElseThrow();
        double monthPixels = 30.4 / view.daysPerPixel();
        assertThat(breakFrom - lastBefore).isLessThanOrEqualTo(monthPixels * 3 + 1);
        assertThat(firstAfter - breakTo).isLessThanOrEqualTo(monthPixels * 3 + 1);
        // and both sides read as the same calendar: a year is as wide on either side
        assertThat(before.ticks().minorUnit()).isEqualTo(after.ticks().minorUnit());
        assertThat(before.ticks().major()).extracting(Tick::label).contains("2011");
        assertThat(after.ticks().major()).extracting(Tick::label).contains("2021");
    }
}
