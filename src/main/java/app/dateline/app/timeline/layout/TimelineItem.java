package app.dateline.app.timeline.layout;

import app.dateline.engine.merge.EventDate;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexSpan;
import app.dateline.engine.timex.TimexValues;

/**
 * One plottable event as the timeline sees it: the merged event, how many articles tell it and whether they
 * disagree on its date, where it lies in days and how its label is drawn. Days and hours are points; weeks,
 * months, seasons, years and decades are spans. For "early/mid/late" the span is the part the text means
 * ({@code start..end}) inside the whole period ({@code periodStart..periodEnd}).
 *
 * @param sources    how many different articles tell the event (a badge "×4" when more than one)
 * @param disagrees  whether they give dates with no day in common (a badge "⚠")
 * @param series     the colour index of the event's sources
 * @param label      the label as drawn when packed (headline cut to fit, with its badge)
 * @param labelWidth its width in pixels
 * @param key        one of the story's key events: its label is placed before the others' at every zoom
 * @param lines      the label on two lines, for a lane that has room under it (null when it fits on one)
 */
public record TimelineItem(MergedEvent event, int sources, boolean disagrees, int series, double start, double end,
                           double periodStart, double periodEnd, boolean point, String label, double labelWidth,
                           boolean key, LabelLines lines) {

    /** The mark of sources that disagree on the date. */
    public static final String DISAGREE = "⚠";

    /** An item for a plottable event; its label is fitted by {@link #fitted}. */
    public static TimelineItem of(MergedEvent event, int series) {
        EventDate d = event.date();
        if (!event.isPlottable()) {
            throw new IllegalArgumentException("not a plottable event: " + d.value());
        }
        double start = d.from().toEpochDay();
        double end = d.to().toEpochDay() + 1.0;
        double periodStart = start;
        double periodEnd = end;
        if (d.mod() == TimexMod.START || d.mod() == TimexMod.MID || d.mod() == TimexMod.END) {
            TimexSpan whole = TimexValues.span(d.value());
            if (whole != null) {
                periodStart = Math.min(start, whole.from().toEpochDay());
                periodEnd = Math.max(end, whole.to().toEpochDay() + 1.0);
            }
        }
        boolean point = d.granularity() == Granularity.DAY || d.granularity() == Granularity.TIME
                || end - start <= 1.0 && periodEnd - periodStart <= 1.0;
        int sources = event.sourceCount();
        boolean disagrees = event.sourcesDisagree();
        return new TimelineItem(event, sources, disagrees, series, start, end, periodStart, periodEnd, point,
                event.label() + badge(sources, disagrees), 0, false, null);
    }

    /** "  ×4 ⚠": the number of articles when more than one, the warning when they disagree; "" for neither. */
    static String badge(int sources, boolean disagrees) {
        return (sources > 1 ? "  ×" + sources : "") + (disagrees ? " " + DISAGREE : "");
    }

    /** The badge drawn after this item's headline. */
    public String badge() {
        return badge(sources, disagrees);
    }

    /** The whole label: the event's headline and its badge. */
    public String text() {
        return event.label() + badge();
    }

    /** The label cut at a word to {@code maxWidth} with "…", the badge always kept whole. */
    public String cut(TextMeasure measure, double maxWidth) {
        String badge = badge();
        if (badge.isEmpty()) {
            return measure.fitLabel(event.label(), maxWidth);
        }
        String fitted = measure.fitLabel(event.label(), Math.max(20, maxWidth - measure.width(badge)));
        return fitted.isEmpty() ? "" : fitted + badge; // no words left: the mark alone, not a bare badge
    }

    /** This item with its label cut to {@code maxWidth} and measured, and wrapped on two lines of that width. */
    public TimelineItem fitted(TextMeasure measure, double maxWidth) {
        return fitted(measure, maxWidth, maxWidth);
    }

    /**
     * This item with its label on one line cut to {@code maxWidth} (whole when it fits) and measured, and wrapped on
     * two lines no wider than {@code lineWidth} (null when one such line holds it).
     */
    public TimelineItem fitted(TextMeasure measure, double maxWidth, double lineWidth) {
        String fitted = cut(measure, maxWidth);
        return new TimelineItem(event, sources, disagrees, series, start, end, periodStart, periodEnd, point, fitted,
                measure.width(fitted), key, LabelLines.of(measure, event.label(), badge(), lineWidth));
    }

    /** Whether the label as packed on one line is cut (it is longer than the widest room a label is given). */
    public boolean isCut() {
        return !label.equals(text());
    }

    /** This item as one of the key events, or not. */
    public TimelineItem asKey(boolean isKey) {
        return new TimelineItem(event, sources, disagrees, series, start, end, periodStart, periodEnd, point, label,
                labelWidth, isKey, lines);
    }

    /**
     * This item on a broken axis: its days turned into the axis's units (a point keeps one unit for its day), so
     * that lanes, clusters and marks are laid out on the axis as it is drawn. The event and label are kept.
     */
    public TimelineItem warped(AxisWarp warp) {
        if (warp.isIdentity()) {
            return this;
        }
        double s;
        double e;
        if (point) {
            s = warp.unit(start + 0.5) - 0.5;
            e = s + (end - start);
        } else {
            s = warp.unit(start);
            e = warp.unit(end);
        }
        double ps = periodStart == start ? s : warp.unit(periodStart);
        double pe = periodEnd == end ? e : warp.unit(periodEnd);
        return new TimelineItem(event, sources, disagrees, series, s, e, ps, pe, point, label, labelWidth, key, lines);
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
