package app.dateline.app.timeline.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the axis ticks for a view: the finest unit (day, month, quarter, year, 5 years, decade...) whose
 * labels fit side by side, and the next coarser unit for context. Only the ticks in view are made, so the work
 * is bounded by the width in pixels, whatever the zoom.
 */
public final class TickGenerator {

    /** The first and last days the calendar code is asked about. */
    public static final double MIN_DAY = LocalDate.of(1, 1, 1).toEpochDay();
    public static final double MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    private final TextMeasure measure;
    private final double padding;

    /** @param padding the least room in pixels between two labels */
    public TickGenerator(TextMeasure measure, double padding) {
        this.measure = measure;
        this.padding = padding;
    }

    public AxisTicks ticks(TimeScale scale) {
        double ppd = 1 / scale.daysPerPixel();
        TickUnit minor = TickUnit.CENTURY;
        boolean wide = false;
        for (TickUnit u : TickUnit.values()) {
            if (u.approxDays() * ppd >= measure.width(u.widestLabel(false)) + padding) {
                minor = u;
                wide = u.approxDays() * ppd >= measure.width(u.widestLabel(true)) + 2 * padding;
                break;
            }
        }
        TickUnit major = minor.major();
        List<Tick> minorTicks = make(scale, minor, wide, false);
        List<Tick> majorTicks = major == minor ? List.of() : make(scale, major, false, true);
        return new AxisTicks(minor, minorTicks, major, majorTicks);
    }

    private static List<Tick> make(TimeScale scale, TickUnit unit, boolean wide, boolean asMajor) {
        double from = clamp(scale.start());
        double to = clamp(scale.end());
        LocalDate d = unit.floor(LocalDate.ofEpochDay((long) Math.floor(from)));
        List<Tick> ticks = new ArrayList<>();
        while (d.toEpochDay() < to) {
            LocalDate next = unit.next(d);
            String label = asMajor ? unit.majorLabel(d) : unit.label(d, wide);
            ticks.add(new Tick(d.toEpochDay(), next.toEpochDay(), label));
            if (next.toEpochDay() > MAX_DAY - 36600) {
                break;
            }
            d = next;
        }
        return ticks;
    }

    private static double clamp(double day) {
        return Math.max(MIN_DAY, Math.min(MAX_DAY - 36600, day));
    }
}
