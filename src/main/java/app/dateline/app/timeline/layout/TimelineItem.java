package app.dateline.app.timeline.layout;

import app.dateline.engine.event.Event;
import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexSpan;
import app.dateline.engine.timex.TimexValues;

/**
 * One plottable event as the timeline sees it: where it lies in days and how it is drawn. Days and hours
 * are points; weeks, months, seasons, years and decades are spans. For "early/mid/late" the span is the part
 * the text means ({@code start..end}) inside the whole period ({@code periodStart..periodEnd}).
 *
 * @param series     the article's colour index
 * @param label      the label as drawn (cut to fit)
 * @param labelWidth its width in pixels
 */
public record TimelineItem(Event event, int series, double start, double end, double periodStart, double periodEnd,
                           boolean point, String label, double labelWidth) {

    /** An item for a plottable event; its label is fitted by {@link #fitted}. */
    public static TimelineItem of(Event event, int series) {
        Timex t = event.timex();
        if (!event.isPlottable()) {
            throw new IllegalArgumentException("not a plottable event: " + t.value());
        }
        double start = t.from().toEpochDay();
        double end = t.to().toEpochDay() + 1.0;
        double periodStart = start;
        double periodEnd = end;
        if (t.mod() == TimexMod.START || t.mod() == TimexMod.MID || t.mod() == TimexMod.END) {
            TimexSpan whole = TimexValues.span(t.value());
            if (whole != null) {
                periodStart = Math.min(start, whole.from().toEpochDay());
                periodEnd = Math.max(end, whole.to().toEpochDay() + 1.0);
            }
        }
        boolean point = t.granularity() == Granularity.DAY || t.granularity() == Granularity.TIME
                || end - start <= 1.0 && periodEnd - periodStart <= 1.0;
        return new TimelineItem(event, series, start, end, periodStart, periodEnd, point, event.label(), 0);
    }

    /** This item with its label cut to {@code maxWidth} and measured. */
    public TimelineItem fitted(TextMeasure measure, double maxWidth) {
        String label = event.label();
        int b = SourceBadge.start(label);
        String badge = label.substring(b);
        String fitted = badge.isEmpty() ? measure.fit(label, maxWidth)
                : measure.fit(label.substring(0, b), Math.max(20, maxWidth - measure.width(badge))) + badge;
        return new TimelineItem(event, series, start, end, periodStart, periodEnd, point, fitted, measure.width(fitted));
    }

    /** The day the item is placed at: the middle of its day for a point, the start of its period for a span. */
    public double anchor() {
        return point ? start + 0.5 : periodStart;
    }

    /** Whether only part of the period is meant ("late 2021"): the whole period is then drawn faintly. */
    public boolean isPart() {
        return !point && (start > periodStart || end < periodEnd);
    }
}
