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

    /**
     * A story's busy year between narrow pieces of background, as pooled H1N1 at Show all: the piece of 1947-2008
     * is named by its years, not "1900s" (a century it has only half of), and the piece of 2010-2012 not "2000s".
     */
    @Test
    void aPieceWithSomeOfACenturysYearsIsNamedByThoseYears() {
        List<double[]> periods = new java.util.ArrayList<>();
        for (int k = 0; k < 60; k++) {
            periods.addAll(story(2009, 2009));
        }
        for (int y = 1947; y <= 2008; y++) {
            periods.add(new double[] {day(y + "-03-01"), day(y + "-03-02")});
        }
        periods.add(new double[] {day("2012-02-01"), day("2012-02-02")});
        AxisBreaks axis = AxisBreaks.of(periods);
        AxisWarp warp = AxisWarp.of(axis);
        TimeScale view = TimeScale.of(warp.unit(day("1947-01-01")), warp.unit(day("2013-01-01")), 1150);
        List<String> headers = new java.util.ArrayList<>();
        for (AxisPieces.Piece p : AxisPieces.of(axis, warp, view, generator).pieces()) {
            for (Tick t : p.ticks().major()) {
                if (t.end() > Math.max(p.from(), view.start()) && t.day() < Math.min(p.to(), view.end())) {
                    headers.add(p.header(t, warp));
                }
            }
        }
        assertThat(headers).as("the headers of the pieces in view").contains("1947\u20131999", "2009")
                .doesNotContain("1900s");
        assertThat(headers).anyMatch(h -> h.startsWith("2010") || h.startsWith("2000\u2013"));
        assertThat(headers).as("no header names years its piece does not show").noneMatch(h -> h.endsWith("s"));
    }

    @Test
    void aYearCutByAPieceIsStillThatYear() {
        List<double[]> periods = story(2010, 2011);
        AxisBreaks axis = AxisBreaks.of(periods);
        AxisWarp warp = AxisWarp.of(axis);
        TimeScale view = TimeScale.of(day("2010-01-01"), day("2011-01-01"), 1200);
        AxisPieces.Piece p = AxisPieces.of(axis, warp, view, generator).pieces().get(0);
        assertThat(p.ticks().major()).extracting(t -> p.header(t, warp)).containsExactlyElementsOf(
                p.ticks().major().stream().map(Tick::label).toList());
    }

    /** The pictures name a piece's centuries the same way: pooled H1N1's far future read "2000s" over 2029-2089. */
    @Test
    void aCenturyOverAFarPlaceIsNamedByTheYearsThePlaceShows() {
        double c0 = day("2000-01-01");
        double c1 = day("2100-01-01");
        assertThat(AxisPieces.header("2000s", TickUnit.CENTURY, c0, c1, day("2029-01-01"), day("2090-01-01")))
                .isEqualTo("2029\u20132089");
        assertThat(AxisPieces.header("2000s", TickUnit.CENTURY, c0, c1, day("1990-01-01"), day("2200-01-01")))
                .as("a piece that shows the whole century").isEqualTo("2000s");
        assertThat(AxisPieces.header("1900s", TickUnit.CENTURY, day("1900-01-01"), c0, day("1947-03-01"), day("2009-01-01")))
                .isEqualTo("1947\u20131999");
    }
}
