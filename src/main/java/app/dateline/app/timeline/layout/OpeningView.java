package app.dateline.app.timeline.layout;

import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.story.KeyEvents;
import java.util.List;

/**
 * Where the window opens: on the story's densest stretch, with a margin, never with an edge in a break. Plain
 * arithmetic on the items and the broken axis, so that it is tested without a window.
 */
public final class OpeningView {

    /** A stretch shorter than this share of the story's length, that holds {@link #DENSE_EVENTS}, is opened on. */
    static final double DENSE_LENGTH = 0.6;
    /** The share of the story's events the stretch an opening view shows must hold. */
    static final double DENSE_EVENTS = 0.9;
    /** Fewer events than this in the stretch: the whole story is shown. */
    static final int MIN_EVENTS = 12;

    /** How many of the most important events make the story's heart (the tool bar's "Top 20"). */
    static final int HEART_EVENTS = 20;
    /** Fewer events than this times {@link #HEART_EVENTS} in the stretch: it is not narrowed to the heart. */
    static final int HEART_FACTOR = 5;

    private OpeningView() {
    }

    /**
     * Where the window opens: the densest stretch of the story ({@link #densest}), narrowed to the story's heart
     * when it holds many events: the shortest stretch with nine tenths of its {@link #HEART_EVENTS} most
     * important events, when that is under {@link #DENSE_LENGTH} of it. A folder about swine flu that recalls
     * the 2000s in hundreds of background mentions ("I bought my first digital camera") opens on April to June
     * 2009, where its key events are, as its top 20 does; a story told all along (its key events spread over
     * it) or a small one keeps the densest stretch.
     */
    public static double[] opening(List<TimelineItem> items, double[] story) {
        double[] dense = densest(items, story);
        List<TimelineItem> in = items.stream().filter(it -> it.anchor() >= dense[0] && it.anchor() <= dense[1])
                .toList();
        if (in.size() < HEART_EVENTS * HEART_FACTOR) {
            return dense;
        }
        List<MergedEvent> ranked = KeyEvents.ranked(in.stream().map(TimelineItem::event).toList());
        java.util.Set<String> top = new java.util.HashSet<>();
        ranked.stream().limit(HEART_EVENTS).forEach(e -> top.add(e.id()));
        List<TimelineItem> heart = in.stream().filter(it -> top.contains(it.event().id())).toList();
        return densest(heart, dense);
    }

    /**
     * The shortest stretch of the days {@code story[0]..story[1]} that holds {@link #DENSE_EVENTS} of the items
     * placed there, when it is less than {@link #DENSE_LENGTH} of the story's length (the rest are few and far
     * between); else the whole story. The stretch reaches to the end of the periods that begin in it.
     */
    public static double[] densest(List<TimelineItem> items, double[] story) {
        List<TimelineItem> in = items.stream().filter(it -> it.anchor() >= story[0] && it.anchor() <= story[1])
                .toList();
        int k = (int) Math.ceil(in.size() * DENSE_EVENTS);
        if (k < MIN_EVENTS || k >= in.size()) {
            return story;
        }
        double[] at = in.stream().mapToDouble(TimelineItem::anchor).sorted().toArray();
        int best = 0;
        for (int i = 1; i + k <= at.length; i++) {
            if (at[i + k - 1] - at[i] < at[best + k - 1] - at[best]) {
                best = i;
            }
        }
        double lo = at[best];
        double hi = at[best + k - 1];
        if (hi - lo >= (story[1] - story[0]) * DENSE_LENGTH) {
            return story;
        }
        double end = hi;
        for (TimelineItem it : in) {
            if (it.anchor() >= lo && it.anchor() <= hi) {
                end = Math.max(end, Math.min(story[1], it.periodEnd()));
            }
        }
        return new double[] {lo, end};
    }

    /**
     * The view {@code from..to} (units of {@code warp}) with neither edge in a break nor less than {@code pad}
     * past one: such an edge moves out over the whole break and a margin beyond it, so a break at the edge of
     * the opening view is seen whole, with what lies on its other side.
     */
    public static double[] clearOfBreaks(double from, double to, double pad, AxisBreaks axis, AxisWarp warp) {
        double a = from;
        double b = to;
        List<AxisBreaks.Break> breaks = axis.breaks();
        for (int i = breaks.size() - 1; i >= 0; i--) { // leftwards: a move may reach the break before
            double u0 = warp.unit(breaks.get(i).from());
            double u1 = warp.unit(breaks.get(i).to());
            if (a > u0 - 1e-9 && a < u1 + pad) {
                a = u0 - pad;
            }
        }
        for (AxisBreaks.Break k : breaks) { // rightwards
            double u0 = warp.unit(k.from());
            double u1 = warp.unit(k.to());
            if (b < u1 + 1e-9 && b > u0 - pad) {
                b = u1 + pad;
            }
        }
        return new double[] {a, b};
    }
}
