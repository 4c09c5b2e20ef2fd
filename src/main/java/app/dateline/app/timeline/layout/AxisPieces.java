package app.dateline.app.timeline.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The calendar of a view over a broken axis: each unbroken piece of the axis (a block of the story, or a lone
 * far date's small place) with its own ticks, chosen for the room the piece has on screen, so that the ticks
 * run right up to either side of a break. Positions are axis units ({@link AxisWarp}); the first piece goes on
 * to the left for ever and the last to the right. On a plain axis there is one piece.
 */
public record AxisPieces(List<Piece> pieces) {

    /**
     * One piece: the units {@code from..to} (infinite at the ends), the days it shows and its ticks, whose
     * {@code day} and {@code end} are in units too.
     *
     * @param lone whether it is a lone far date's small place
     */
    public record Piece(double from, double to, double dayFrom, double dayTo, boolean lone, AxisTicks ticks) {

        /**
         * The name of major tick {@code t} over this piece: its own ("1900s"), or, where the piece's days cover only some
         * of its years (1947-2008 of the 1900s and 2000s, before a story's busy year), the years they cover there
         * ("1947–1999"). A year or a month cut by the piece is still that year or month.
         */
        public String header(Tick t, AxisWarp warp) {
            return AxisPieces.header(t.label(), ticks.majorUnit(), warp.day(t.day()), warp.day(t.end()), dayFrom, dayTo);
        }
    }

    /**
     * The name of a major tick of {@code unit} that covers the days {@code start..end}, over a piece of the axis
     * that shows the days {@code from..to}: {@code label} ("1900s"), or the years the piece shows of it
     * ("1947–1999") when it shows only some of them. A year or a month cut by the piece is still that year or month.
     */
    public static String header(String label, TickUnit unit, double start, double end, double from, double to) {
        if (unit.approxDays() <= TickUnit.YEAR.approxDays()) {
            return label;
        }
        double a = Math.max(start, from);
        double b = Math.min(end, to);
        return a <= start && b >= end || a >= b ? label : years(a, b);
    }

    /** "1990–1999" (or "1990"): the years of the days {@code from} to {@code to} (exclusive). */
    public static String years(double from, double to) {
        // days mapped back from axis units are a hair off a whole day: within a thousandth, it is that day
        int y0 = java.time.LocalDate.ofEpochDay((long) Math.ceil(from - 1e-3)).getYear();
        int y1 = java.time.LocalDate.ofEpochDay((long) Math.ceil(to - 1e-3) - 1).getYear();
        return y1 <= y0 ? String.valueOf(y0) : y0 + "\u2013" + y1;
    }

    public AxisPieces {
        pieces = List.copyOf(pieces);
    }

    /** The pieces in view of {@code view} (a scale in units), with their ticks. */
    public static AxisPieces of(AxisBreaks axis, AxisWarp warp, TimeScale view, TickGenerator ticks) {
        if (warp.isIdentity()) {
            return new AxisPieces(List.of(new Piece(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, ticks.ticks(view))));
        }
        List<AxisBreaks.Segment> segments = axis.segments();
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            AxisBreaks.Segment s = segments.get(i);
            double from = i == 0 ? Double.NEGATIVE_INFINITY : warp.unit(s.from());
            double to = i == segments.size() - 1 ? Double.POSITIVE_INFINITY : warp.unit(s.to());
            double a = Math.max(from, view.start());
            double b = Math.min(to, view.end());
            double pixels = (b - a) / view.daysPerPixel();
            if (pixels < 1) {
                continue;
            }
            double d0 = warp.day(a);
            double d1 = warp.day(b);
            AxisTicks days = ticks.ticks(TimeScale.of(d0, d1, pixels));
            // inside a piece the map is a straight line: ticks that begin before it or end after it stay on that line
            double unitsPerDay = (b - a) / (d1 - d0);
            pieces.add(new Piece(from, to, s.from(), s.to(), s.lone(), new AxisTicks(days.minorUnit(),
                    inUnits(days.minor(), d0, a, unitsPerDay), days.majorUnit(), inUnits(days.major(), d0, a, unitsPerDay))));
        }
        return new AxisPieces(pieces);
    }

    private static List<Tick> inUnits(List<Tick> ticks, double day0, double unit0, double unitsPerDay) {
        List<Tick> out = new ArrayList<>(ticks.size());
        for (Tick t : ticks) {
            out.add(new Tick(unit0 + (t.day() - day0) * unitsPerDay, unit0 + (t.end() - day0) * unitsPerDay, t.label()));
        }
        return out;
    }
}
