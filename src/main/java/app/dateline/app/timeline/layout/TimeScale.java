package app.dateline.app.timeline.layout;

/**
 * Maps days to pixels across a view of {@code width} pixels: {@code x = (day - start) / daysPerPixel}. Days are
 * epoch days as doubles (the fraction is the time of day), so the scale works the same from centuries to hours.
 */
public record TimeScale(double start, double daysPerPixel, double width) {

    public TimeScale {
        if (!(daysPerPixel > 0) || Double.isInfinite(daysPerPixel)) {
            throw new IllegalArgumentException("daysPerPixel must be positive: " + daysPerPixel);
        }
        if (!(width > 0)) {
            throw new IllegalArgumentException("width must be positive: " + width);
        }
    }

    /** The scale that shows the days {@code from} to {@code to} across {@code width} pixels. */
    public static TimeScale of(double from, double to, double width) {
        double w = Math.max(1, width);
        return new TimeScale(from, Math.max(1e-9, to - from) / w, w);
    }

    public double end() {
        return start + daysPerPixel * width;
    }

    public double x(double day) {
        return (day - start) / daysPerPixel;
    }

    public double day(double x) {
        return start + x * daysPerPixel;
    }

    /** The x of a day for a scale that starts at day 0: pan-independent, so a layout can be reused while panning. */
    public double worldX(double day) {
        return day / daysPerPixel;
    }

    /** The world x of this view's left edge. */
    public double worldLeft() {
        return start / daysPerPixel;
    }
}
