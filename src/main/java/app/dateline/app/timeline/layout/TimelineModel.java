package app.dateline.app.timeline.layout;

import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.story.KeyEvents;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The plottable events of a view, sorted once by where they sit on the axis, with their labels fitted and
 * measured. Everything else (lanes, clusters, ticks) is computed from this per zoom level.
 */
public final class TimelineModel {

    public static final TimelineModel EMPTY = new TimelineModel(List.of());

    /**
     * A label is packed whole on one line up to this many times the width of a line of a two-line label (issue 9:
     * no label on screen is cut mid-phrase): 750 pixels, some 130 characters, longer than any label the engine makes.
     */
    public static final double WHOLE_LABEL_FACTOR = 3;

    private static final Comparator<TimelineItem> ORDER = Comparator.comparingDouble(TimelineItem::anchor)
            .thenComparingDouble(TimelineItem::end)
            .thenComparing(i -> i.event().id());

    private final List<TimelineItem> items;
    private final Map<String, Integer> indexById;
    private final double first;
    private final double last;
    /** Items by length of period: class k holds periods up to 2^k days, as model indexes in axis order. */
    private final int[][] byLength;
    private final double[][] byLengthStarts;

    private TimelineModel(List<TimelineItem> sorted) {
        this.items = List.copyOf(sorted);
        this.indexById = new HashMap<>(Math.max(16, items.size() * 2));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < items.size(); i++) {
            TimelineItem it = items.get(i);
            indexById.put(it.event().id(), i);
            lo = Math.min(lo, it.periodStart());
            hi = Math.max(hi, it.periodEnd());
        }
        this.first = lo;
        this.last = hi;
        int classes = 18;
        int[] sizes = new int[classes];
        int[] classOf = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            TimelineItem it = items.get(i);
            classOf[i] = lengthClass(it.periodEnd() - it.periodStart(), classes);
            sizes[classOf[i]]++;
        }
        byLength = new int[classes][];
        byLengthStarts = new double[classes][];
        for (int k = 0; k < classes; k++) {
            byLength[k] = new int[sizes[k]];
            byLengthStarts[k] = new double[sizes[k]];
        }
        int[] fill = new int[classes];
        for (int i = 0; i < items.size(); i++) {
            int k = classOf[i];
            byLength[k][fill[k]] = i;
            byLengthStarts[k][fill[k]++] = items.get(i).periodStart();
        }
    }

    private static int lengthClass(double days, int classes) {
        int k = 0;
        while (k < classes - 1 && (1L << k) < days) {
            k++;
        }
        return k;
    }

    /**
     * The model indexes, in axis order, of the items whose period meets the days {@code from..to} or ends less
     * than {@code reachDays} before {@code from} (its label may still show), or null when that is every item.
     * Grouping items by length of period lets each group be searched by start: a group's items cannot start
     * earlier than its longest length before the window.
     */
    public int[] window(double from, double to, double reachDays) {
        if (from - reachDays <= first && to >= last) {
            return null;
        }
        int[] found = new int[64];
        int n = 0;
        for (int k = 0; k < byLength.length; k++) {
            double longest = k == byLength.length - 1 ? Double.POSITIVE_INFINITY : (double) (1L << k);
            double[] starts = byLengthStarts[k];
            int j = Double.isInfinite(longest) ? 0 : Sorted.firstAtLeast(starts, from - reachDays - longest);
            for (; j < starts.length && starts[j] <= to; j++) {
                int i = byLength[k][j];
                if (items.get(i).periodEnd() + reachDays >= from) {
                    if (n == found.length) {
                        found = java.util.Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i;
                }
            }
        }
        int[] result = java.util.Arrays.copyOf(found, n);
        java.util.Arrays.sort(result);
        return result;
    }


    /**
     * Builds the model of the plottable ones among {@code events}.
     *
     * @param series        the colour index of an event (its article's)
     * @param maxLabelWidth the widest line of a label on two lines; on one line a label is packed whole up to
     *                      {@link #WHOLE_LABEL_FACTOR} times it
     */
    public static TimelineModel of(Collection<MergedEvent> events, ToIntFunction<MergedEvent> series, TextMeasure measure,
                                   double maxLabelWidth) {
        List<TimelineItem> items = new ArrayList<>(events.size());
        for (MergedEvent e : events) {
            if (e.isPlottable()) {
                items.add(TimelineItem.of(e, series.applyAsInt(e))
                        .fitted(measure, maxLabelWidth * WHOLE_LABEL_FACTOR, maxLabelWidth));
            }
        }
        java.util.Set<String> key = new java.util.HashSet<>();
        KeyEvents.ranked(items.stream().map(TimelineItem::event).toList()).stream().limit(keyCount(items.size()))
                .forEach(m -> key.add(m.id()));
        items.replaceAll(it -> key.contains(it.event().id()) ? it.asKey(true) : it);
        items.sort(ORDER);
        return new TimelineModel(items);
    }

    /**
     * This model on a broken axis: every item's days in the axis's units ({@link TimelineItem#warped}), in the
     * same order (the map only grows), with the same indexes.
     */
    public TimelineModel warped(AxisWarp warp) {
        if (warp.isIdentity() || items.isEmpty()) {
            return this;
        }
        List<TimelineItem> w = new ArrayList<>(items.size());
        for (TimelineItem it : items) {
            w.add(it.warped(warp));
        }
        return new TimelineModel(w);
    }

    /**
     * How many of {@code n} events are the story's key events, whose labels come first (in the window and in
     * the pictures): a quarter of them, at least five and at most twelve.
     */
    public static int keyCount(int n) {
        return Math.min(n, Math.max(5, Math.min(12, n / 4)));
    }

    public List<TimelineItem> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The first day any item covers, or NaN when there are none. */
    public double firstDay() {
        return items.isEmpty() ? Double.NaN : first;
    }

    /** The day after the last day any item covers, or NaN when there are none. */
    public double lastDay() {
        return items.isEmpty() ? Double.NaN : last;
    }

    /** The position of an event in {@link #items()}, or -1 when it is not plotted. */
    public int indexOf(MergedEvent e) {
        if (e == null) {
            return -1;
        }
        Integer i = indexById.get(e.id());
        return i == null ? -1 : i;
    }

    /** The item after {@code e} along the axis; the first one when {@code e} is not plotted; null at the end. */
    public TimelineItem next(MergedEvent e) {
        int i = indexOf(e);
        int n = i < 0 ? 0 : i + 1;
        return n < items.size() ? items.get(n) : null;
    }

    /** The item before {@code e} along the axis; the last one when {@code e} is not plotted; null at the start. */
    public TimelineItem previous(MergedEvent e) {
        int i = indexOf(e);
        int p = i < 0 ? items.size() - 1 : i - 1;
        return p >= 0 ? items.get(p) : null;
    }
}
