package app.dateline.app.timeline.layout;

/**
 * The maps of the views of one broken axis: each view has the map of {@link AxisWarp} with its breaks at most a
 * few pixels wide on screen, so that zoomed into the story beside a break the break stays a small mark instead
 * of growing with the zoom. The story's blocks keep their units, so a view over one block is unchanged.
 *
 * <p>A view of {@code s} units a pixel has breaks {@code min(B, p s)} units wide (B their width on the axis, p
 * the pixels); its length is {@code a + c min(B, p s) = width s}, where {@code a} is the units of its blocks and
 * {@code c} the breaks it holds (by the share of their days in it). The left side grows slower than the right
 * ({@code c p < width}, as p is at most half the width over the number of breaks), so a view has one map,
 * found in closed form, and zoom and pan that compute in it stay exact.
 */
public final class ViewWarps {

    private final AxisWarp axis;
    private final double pixels;
    private AxisWarp last;
    private double lastBreak = Double.NaN;

    /** The views of {@code axis} whose breaks are at most {@code pixels} wide. */
    public ViewWarps(AxisWarp axis, double pixels) {
        this.axis = axis;
        this.pixels = pixels;
    }

    /** The axis's own map, whose breaks keep their width. */
    public AxisWarp axis() {
        return axis;
    }

    /** The pixels a break has at most in a view {@code width} wide: fewer when many breaks share a narrow one. */
    double breakPixels(double width) {
        return Math.min(pixels, width / (2.0 * Math.max(1, axis.breakCount())));
    }

    /** The map under which the days {@code from..to} fill {@code width} pixels. */
    public AxisWarp forView(double from, double to, double width) {
        if (axis.breakCount() == 0) {
            return axis;
        }
        double big = axis.breakUnits();
        double px = breakPixels(width);
        double[] ac = axis.blocksAndBreaks(from, to);
        double a = ac[0];
        double c = ac[1];
        if (a <= 1e-9 || px * (a + c * big) / width >= big) { // zoomed out: the breaks keep their width
            return axis;
        }
        return capped(px * a / (width - c * px));
    }

    /** The map of a view of {@code unitsPerPixel} over {@code width} pixels (as a zoom to that scale gives). */
    public AxisWarp atScale(double unitsPerPixel, double width) {
        return axis.breakCount() == 0 ? axis : capped(breakPixels(width) * unitsPerPixel);
    }

    /** The axis's map with breaks at most {@code units} wide; the last one made is kept while it is the same. */
    private AxisWarp capped(double units) {
        if (units >= axis.breakUnits()) {
            return axis;
        }
        if (last == null || Math.abs(lastBreak - units) > 1e-9 * axis.breakUnits()) {
            last = axis.withBreaksAtMost(units);
            lastBreak = units;
        }
        return last;
    }
}
