package app.dateline.app.timeline.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The broken axis of {@link AxisBreaks} as a map from days to axis units and back, for a view that zooms and
 * pans: empty stretches shrink to the breaks' small share, a lone far date keeps its small place, and the
 * story's most detailed block keeps one unit a day (the others, sized by the events they hold, have scales of
 * their own). An axis unit is a day inside that block, so a view over it reads as a plain calendar and a scale
 * made for days works on units unchanged. The map is piecewise linear, strictly increasing and continuous (before
 * the first block and after the last it goes on at the end blocks' slopes), so zoom and pan stay smooth and
 * exact. With one segment it is the identity.
 */
public final class AxisWarp {

    /** Days are units: no break. */
    public static final AxisWarp IDENTITY = new AxisWarp(new double[] {0, 1}, new double[] {0, 1}, new boolean[] {false});

    private final double[] days;
    private final double[] units;
    /** Whether piece {@code i} (knot i to knot i + 1) is a break; the others are blocks of the axis. */
    private final boolean[] broken;

    private AxisWarp(double[] days, double[] units, boolean[] broken) {
        this.days = days;
        this.units = units;
        this.broken = broken;
    }

    /**
     * The map of a broken axis; the identity when it has one segment. Two segments side by side with no break
     * between them (a story's dense year beside its sparse background) meet at one knot: the scale changes there.
     */
    public static AxisWarp of(AxisBreaks axis) {
        if (axis.segments().size() == 1) {
            return IDENTITY;
        }
        // units per width: the story's most detailed block gets a unit a day
        AxisBreaks.Segment scaleOf = axis.segments().stream().filter(s -> !s.lone())
                .min(java.util.Comparator.comparingDouble(AxisBreaks.Segment::daysPerWidth))
                .orElse(axis.segments().get(0));
        double perWidth = scaleOf.daysPerWidth();
        double origin = axis.firstDay();
        List<double[]> knots = new ArrayList<>();
        List<Boolean> pieces = new ArrayList<>();
        for (AxisBreaks.Segment s : axis.segments()) {
            double[] last = knots.isEmpty() ? null : knots.get(knots.size() - 1);
            if (last == null || last[0] != s.from()) {
                if (last != null) {
                    pieces.add(true); // the empty days between two segments
                }
                knots.add(new double[] {s.from(), origin + s.x0() * perWidth});
            }
            knots.add(new double[] {s.to(), origin + s.x1() * perWidth});
            pieces.add(false);
        }
        double[] d = new double[knots.size()];
        double[] u = new double[knots.size()];
        boolean[] b = new boolean[pieces.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = knots.get(i)[0];
            u[i] = knots.get(i)[1];
            if (i > 0 && !(d[i] > d[i - 1] && u[i] > u[i - 1])) {
                return IDENTITY; // not strictly increasing: better no break than a fold
            }
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = pieces.get(i);
        }
        return new AxisWarp(d, u, b);
    }

    /** How many breaks the map has. */
    public int breakCount() {
        int n = 0;
        for (boolean b : broken) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** The widest break, in units (0 with none). */
    public double breakUnits() {
        double widest = 0;
        for (int i = 0; i < broken.length; i++) {
            if (broken[i]) {
                widest = Math.max(widest, units[i + 1] - units[i]);
            }
        }
        return widest;
    }

    /**
     * How the days {@code from..to} are made: {units of the blocks (and of the ends beyond them), breaks} where
     * a break counts by the share of its days that is in the range. The range's length in units is the first
     * plus the second times the breaks' width, whatever that width is.
     */
    public double[] blocksAndBreaks(double from, double to) {
        double breaks = 0;
        double breakUnits = 0;
        for (int i = 0; i < broken.length; i++) {
            if (!broken[i]) {
                continue;
            }
            double share = Math.max(0, Math.min(to, days[i + 1]) - Math.max(from, days[i])) / (days[i + 1] - days[i]);
            breaks += share;
            breakUnits += share * (units[i + 1] - units[i]);
        }
        return new double[] {unit(to) - unit(from) - breakUnits, breaks};
    }

    /**
     * This map with every break at most {@code breakUnits} wide: the blocks keep their units, so a view can keep
     * its breaks a few pixels wide at any zoom. The first knot keeps its unit. This map when no break is wider.
     */
    public AxisWarp withBreaksAtMost(double breakUnits) {
        if (breakCount() == 0 || breakUnits >= breakUnits()) {
            return this;
        }
        double[] u = new double[units.length];
        u[0] = units[0];
        for (int i = 0; i + 1 < units.length; i++) {
            double w = units[i + 1] - units[i];
            u[i + 1] = u[i] + (broken[i] ? Math.min(w, Math.max(1e-6, breakUnits)) : w);
        }
        return new AxisWarp(days, u, broken);
    }

    public boolean isIdentity() {
        return this == IDENTITY;
    }

    /** The axis unit of a day. */
    public double unit(double day) {
        return map(day, days, units);
    }

    /** The day of an axis unit. */
    public double day(double unit) {
        return map(unit, units, days);
    }

    /** Days per unit at a day: 1 in the story's most detailed block, more in a break, a sparse block or a lone far date's place. */
    public double daysPerUnit(double day) {
        int i = piece(day, days);
        return (days[i + 1] - days[i]) / (units[i + 1] - units[i]);
    }

    private static double map(double v, double[] from, double[] to) {
        int i = piece(v, from);
        return to[i] + (v - from[i]) * (to[i + 1] - to[i]) / (from[i + 1] - from[i]);
    }

    /** The piece {@code i} (from knot i to knot i + 1) that holds {@code v}; the end pieces go on for ever. */
    private static int piece(double v, double[] knots) {
        int lo = 0;
        int hi = knots.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (knots[mid] <= v) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
