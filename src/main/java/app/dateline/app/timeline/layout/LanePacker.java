package app.dateline.app.timeline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Packs items into lanes so that no two marks or labels overlap: each key event, in order of start, takes the
 * first lane that is free where it begins; then every other event, in order of start, takes the first lane with
 * room for it between the key events (so the story's key events have their labels at every zoom), on the right of
 * its mark or, where only that is free, on its left. When every lane is taken there, it is folded into a cluster with
 * its neighbours. The items come sorted once (by {@link TimelineModel}); a lane's free point is one number, and
 * a running minimum over lanes rejects a crowded item at once, so packing is linear in the number of items.
 */
public final class LanePacker {

    private final LayoutMetrics metrics;
    public LanePacker(LayoutMetrics metrics) {
        this.metrics = metrics;
    }

    public LayoutMetrics metrics() {
        return metrics;
    }

    /** Lays out {@code items} (sorted by {@link TimelineItem#anchor()}) at one zoom with at most {@code maxLanes}. */
    public LaneLayout pack(List<TimelineItem> items, double daysPerPixel, int maxLanes) {
        return pack(items, daysPerPixel, maxLanes, Double.POSITIVE_INFINITY);
    }

    /**
     * Lays out the model's items near the days {@code from..to} (a window a few views wide): at a fine zoom only
     * what can be seen while panning nearby is packed, so the cost follows the view, not the corpus.
     */
    public LaneLayout pack(TimelineModel model, double from, double to, double daysPerPixel, int maxLanes, double wideWidth) {
        return pack(model, from, to, daysPerPixel, maxLanes, wideWidth, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #pack(TimelineModel, double, double, double, int, double)}, with the right edge of the view at
     * {@code wall} (world pixels) when the end of the events is in view: a point whose label would run past it
     * gets its room to the left of its mark, so that its label is drawn there, ending at the mark, instead of
     * being cut by the edge.
     */
    public LaneLayout pack(TimelineModel model, double from, double to, double daysPerPixel, int maxLanes,
                           double wideWidth, double wall) {
        return pack(model, from, to, daysPerPixel, maxLanes, wideWidth, wall, Double.NEGATIVE_INFINITY);
    }

    /**
     * As {@link #pack(TimelineModel, double, double, double, int, double, double)}, with the left edge of the view
     * at {@code leftWall} (world pixels): no label is moved to the left of its mark past it, where the view would
     * cut it (a crowd at the left edge keeps its labels on the right).
     */
    public LaneLayout pack(TimelineModel model, double from, double to, double daysPerPixel, int maxLanes,
                           double wideWidth, double wall, double leftWall) {
        double widest = metrics.maxLabelWidth() * TimelineModel.WHOLE_LABEL_FACTOR; // a label is packed whole
        double reach = (widest + 2 * metrics.itemGap() + 2 * metrics.pointRadius()) * daysPerPixel;
        int[] subset = model.window(from, to, reach);
        if (subset == null) {
            return pack(model.items(), null, daysPerPixel, maxLanes, wideWidth, wall, leftWall);
        }
        List<TimelineItem> all = model.items();
        List<TimelineItem> local = new java.util.AbstractList<>() {
            @Override
            public TimelineItem get(int k) {
                return all.get(subset[k]);
            }

            @Override
            public int size() {
                return subset.length;
            }
        };
        return pack(local, subset, daysPerPixel, maxLanes, wideWidth, wall, leftWall);
    }

    /**
     * Lays out {@code items} (sorted by {@link TimelineItem#anchor()}) at one zoom with at most {@code maxLanes}.
     * Spans wider than {@code wideWidth} pixels (a year seen at the scale of months) are placed after everything
     * else, in the room left: at a fine zoom the precise events get the lanes first, and the periods that cover
     * the whole view fill what remains or fold into a cluster.
     */
    public LaneLayout pack(List<TimelineItem> items, double daysPerPixel, int maxLanes, double wideWidth) {
        return pack(items, null, daysPerPixel, maxLanes, wideWidth, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    LaneLayout pack(List<TimelineItem> items, int[] modelIndex, double daysPerPixel, int maxLanes, double wideWidth,
                    double wall, double leftWall) {
        int n = items.size();
        int laneCount = Math.max(0, maxLanes);
        double[] laneFree = new double[laneCount];
        Arrays.fill(laneFree, Double.NEGATIVE_INFINITY);
        double minFree = laneCount == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        int[] laneOf = new int[n];
        double[] occStart = new double[n];
        double[] occEnd = new double[n];
        double[] periodStart = new double[n];
        double[] periodEnd = new double[n];
        IntList wide = new IntList();
        IntList folded = new IntList();
        IntList rest = new IntList();
        boolean[] leftOf = new boolean[n];
        boolean tiered = tiered(items);
        double r = metrics.pointRadius();
        for (int i = 0; i < n; i++) {
            TimelineItem it = items.get(i);
            boolean point = it.point();
            double ps = it.periodStart();
            double pe = it.periodEnd();
            periodStart[i] = ps;
            periodEnd[i] = pe;
            laneOf[i] = -1;
            boolean flipped = labelStartOf(it, daysPerPixel) + it.labelWidth() > wall;
            double start = flipped ? flippedStart(it, daysPerPixel, wall) : point ? it.anchor() / daysPerPixel - r
                    : ps / daysPerPixel;
            occStart[i] = start;
            leftOf[i] = flipped && point; // its room is on the left of its mark, ending at the mark
            if (!point && (pe - ps) / daysPerPixel > wideWidth) {
                occEnd[i] = endOf(it, daysPerPixel);
                wide.add(i);
                continue;
            }
            if (tiered && !it.key()) {
                occEnd[i] = flipped ? flippedEnd(it, daysPerPixel, wall) : endOf(it, daysPerPixel);
                rest.add(i); // after the key events, in the room they leave
                continue;
            }
            if (start < minFree) {
                folded.add(i); // every lane is busy here: no need to look at each, nor to measure its room
                continue;
            }
            double end = flipped ? flippedEnd(it, daysPerPixel, wall) : endOf(it, daysPerPixel);
            occEnd[i] = end;
            int lane = 0;
            while (laneFree[lane] > start) {
                lane++;
            }
            laneOf[i] = lane;
            boolean wasMin = laneFree[lane] == minFree;
            laneFree[lane] = end;
            if (wasMin) {
                minFree = min(laneFree);
            }
        }
        int[][] lanes = lanes(laneOf, laneCount, n);
        boolean[] twoLines = new boolean[n];
        List<double[]> under = new ArrayList<>();
        if (rest.size > 0) {
            IntList restFolded = new IntList();
            placeRest(items, rest, lanes, laneOf, occStart, occEnd, restFolded, daysPerPixel, wall, leftWall, leftOf,
                    twoLines, under);
            lanes = lanes(laneOf, laneCount, n);
            folded = IntList.merge(folded, restFolded, occStart);
        }
        if (wide.size > 0) {
            IntList wideFolded = new IntList();
            placeWide(wide, lanes, laneOf, occStart, occEnd, wideFolded, null, null, under);
            lanes = lanes(laneOf, laneCount, n);
            folded = IntList.merge(folded, wideFolded, occStart);
        }
        int[] clusterOf = new int[n];
        List<Cluster> clusters = clusters(folded, occStart, periodStart, periodEnd, laneOf, wideOf(items, wide, n),
                daysPerPixel, clusterOf);
        twoLines(items, lanes, occStart, occEnd, daysPerPixel, twoLines, leftOf, under);
        return new LaneLayout(items, modelIndex, daysPerPixel, laneOf, lanes, occStart, occEnd, clusters, clusterOf,
                twoLines, under, leftOf);
    }

    /**
     * The events that are not key, placed after the key events, in order of start, each where its room is free in
     * any lane; a point with no lane free on the right of its mark takes one free on its left (its label then ends
     * at the mark), or the room of an earlier point that can move its label to the left of its own mark
     * ({@link #moveLeft}), so that a crowded column (a dozen events told within a week) names up to twice as many
     * of them before it folds the rest into a count. No room on the left starts before {@code leftWall}. Where no
     * lane has room for its label whole on one line, a label that wraps on two lines takes their room in a lane and
     * the lane under it, when both are free there (marked in {@code twoLines}, the room under added to {@code under}
     * as {lane, start, end}): a label is folded into a count rather than cut (issue 9).
     */
    private void placeRest(List<TimelineItem> items, IntList rest, int[][] lanes, int[] laneOf, double[] occStart,
                           double[] occEnd, IntList folded, double daysPerPixel, double wall, double leftWall,
                           boolean[] leftOf, boolean[] twoLines, List<double[]> under) {
        int[] order = java.util.Arrays.copyOf(rest.values, rest.size);
        double[][] left = new double[items.size()][];
        double[] twoLineEnd = new double[items.size()];
        double[] twoLineStart = new double[items.size()];
        for (int i : order) {
            TimelineItem it = items.get(i);
            // the gap before the label too: the painter keeps one after the previous item as drawn
            double from = flippedStart(it, daysPerPixel, wall) - metrics.itemGap();
            if (it.point() && labelStartOf(it, daysPerPixel) + it.labelWidth() <= wall && from >= leftWall) {
                left[i] = new double[] {from, flippedEnd(it, daysPerPixel, wall)};
            }
            if (it.lines() == null) {
                twoLineStart[i] = Double.NaN;
            } else if (occStart[i] == startOf(it, daysPerPixel)) {
                twoLineStart[i] = occStart[i];
                twoLineEnd[i] = twoLineEnd(it, daysPerPixel);
            } else if (it.point()) { // at the wall: its two lines end at its mark, as its one line would
                twoLineStart[i] = it.anchor() / daysPerPixel - metrics.pointRadius() - metrics.labelGap()
                        - it.lines().width() - metrics.itemGap();
                twoLineEnd[i] = occEnd[i];
            } else {
                twoLineStart[i] = Double.NaN;
            }
        }
        placeWide(rest, lanes, laneOf, occStart, occEnd, folded, left,
                new TwoLines(twoLineStart, twoLineEnd, twoLines), under);
        for (int i : order) {
            leftOf[i] |= laneOf[i] >= 0 && left[i] != null && occStart[i] == left[i][0];
        }
    }

    /**
     * Gives a label that was cut on one line (longer than the widest room a label gets) its second line where the
     * lane under it is free: the item then takes the room in both lanes, and its label is drawn on two lines.
     * Nothing placed moves and nothing more folds: only room that was left empty is used. (The lane over an item is
     * always taken where it starts, or the item would be there.) Marks {@code twoLines} and adds the room taken in
     * the lanes under them to {@code taken} as {lane, start, end} in world pixels.
     */
    private void twoLines(List<TimelineItem> items, int[][] lanes, double[] occStart, double[] occEnd,
                          double daysPerPixel, boolean[] twoLines, boolean[] leftOf, List<double[]> taken) {
        int placed = taken.size();
        for (int l = 0; l + 1 < lanes.length; l++) {
            for (int i : lanes[l]) {
                TimelineItem it = items.get(i);
                if (it.lines() == null || leftOf[i] || twoLines[i] || !it.isCut()) {
                    continue;
                }
                double s = occStart[i];
                double e = twoLineEnd(it, daysPerPixel);
                if (e <= occEnd[i] + 1e-9 && !overlapsFirstPass(lanes[l + 1], occStart, occEnd, s, e)
                        && !overlapsUnder(taken.subList(0, placed), l + 1, s, e)) {
                    twoLines[i] = true; // lanes do not overlap themselves: two of this lane cannot meet under it
                    taken.add(new double[] {l + 1, s, e});
                }
            }
        }
    }

    /** Whether a room {lane, start, end} in {@code rooms} meets {@code s..e} in lane {@code lane}. */
    private static boolean overlapsUnder(List<double[]> rooms, int lane, double s, double e) {
        for (double[] room : rooms) {
            if (room[0] == lane && room[1] < e && s < room[2]) {
                return true;
            }
        }
        return false;
    }

    /** Where the room of an item whose label is drawn on two lines ends, in world pixels. */
    private double twoLineEnd(TimelineItem it, double daysPerPixel) {
        double markEnd = it.point() ? it.anchor() / daysPerPixel + metrics.pointRadius() : it.periodEnd() / daysPerPixel;
        return Math.max(markEnd, labelStartOf(it, daysPerPixel) + it.lines().width()) + metrics.itemGap();
    }

    /** Whether some of the items are key events and some are not: the key ones are then placed first. */
    private static boolean tiered(List<TimelineItem> items) {
        boolean key = false;
        boolean other = false;
        for (int i = 0; i < items.size() && !(key && other); i++) {
            if (items.get(i).key()) {
                key = true;
            } else {
                other = true;
            }
        }
        return key && other;
    }

    private static boolean[] wideOf(List<TimelineItem> items, IntList wide, int n) {
        if (wide.size == 0) {
            return null;
        }
        boolean[] isWide = new boolean[n];
        for (int w = 0; w < wide.size; w++) {
            isWide[wide.get(w)] = true;
        }
        return isWide;
    }

    /**
     * Folded items, in order of start, grouped while they begin within a cluster's width of the group's first.
     * A cluster is a slice of one shared array of members, so folding a hundred thousand events copies nothing.
     */
    private List<Cluster> clusters(IntList folded, double[] occStart, double[] periodStart, double[] periodEnd,
                                   int[] laneOf, boolean[] isWide, double daysPerPixel, int[] clusterOf) {
        java.util.Arrays.fill(clusterOf, -1);
        List<Cluster> clusters = new ArrayList<>();
        int[] pool = folded.values;
        int open = 0;
        double worldX = 0;
        double reach = 0;
        double first = 0;
        double last = 0;
        for (int k = 0; k < folded.size; k++) {
            int i = pool[k];
            double start = occStart[i];
            if (k == 0 || start - worldX > metrics.clusterWidth()) {
                if (k > 0) {
                    clusters.add(new Cluster(worldX, reach, first, last, pool, open, k - open));
                }
                open = k;
                worldX = start;
                reach = start;
                first = Double.POSITIVE_INFINITY;
                last = Double.NEGATIVE_INFINITY;
            }
            clusterOf[i] = clusters.size();
            reach = Math.max(reach, isWide != null && isWide[i] ? periodEnd[i] / daysPerPixel : start);
            first = Math.min(first, periodStart[i]);
            last = Math.max(last, periodEnd[i]);
        }
        if (folded.size > 0) {
            clusters.add(new Cluster(worldX, reach, first, last, pool, open, folded.size - open));
        }
        return clusters;
    }

    /**
     * Items placed after the first pass (wide spans, events that are not key) go where their whole room is free, in
     * any lane; failing that, an item with a room on the left of its mark ({@code left[i]}: start, end; null for
     * none) takes it where that is free; failing that, an item with a label on two lines ({@code two}, null for
     * none) takes the room of its two lines in a lane and the one under it, where both are free (the room under
     * is added to {@code under}); the rest fold.
     */
    private static void placeWide(IntList wide, int[][] lanes, int[] laneOf, double[] occStart, double[] occEnd,
                                  IntList folded, double[][] left, TwoLines two, List<double[]> under) {
        List<java.util.TreeMap<Double, Integer>> placed = new ArrayList<>();
        List<java.util.TreeMap<Double, Double>> below = new ArrayList<>(); // room taken by the line of the lane over
        for (int l = 0; l < lanes.length; l++) {
            placed.add(new java.util.TreeMap<>());
            below.add(new java.util.TreeMap<>());
        }
        for (double[] room : under) {
            below.get((int) room[0]).put(room[1], room[2]);
        }
        for (int w = 0; w < wide.size; w++) {
            int i = wide.get(w);
            double s = occStart[i];
            double e = occEnd[i];
            int lane = -1;
            for (int l = 0; l < lanes.length && lane < 0; l++) {
                if (free(lanes[l], placed.get(l), below.get(l), occStart, occEnd, s, e)) {
                    lane = l;
                }
            }
            double[] room = left == null ? null : left[i];
            for (int l = 0; room != null && l < lanes.length && lane < 0; l++) {
                if (free(lanes[l], placed.get(l), below.get(l), occStart, occEnd, room[0], room[1])) {
                    lane = l;
                    s = room[0];
                    e = room[1];
                    occStart[i] = s;
                    occEnd[i] = e;
                }
            }
            for (int l = 0; room != null && l < lanes.length && lane < 0; l++) {
                if (!overlapsFirstPass(lanes[l], occStart, occEnd, s, e) && !overlapsBelow(below.get(l), s, e)
                        && moveLeft(placed.get(l), below.get(l), lanes[l], occStart, occEnd, left, s, e)) {
                    lane = l;
                }
            }
            double twoStart = two == null ? Double.NaN : two.start()[i];
            double twoEnd = two == null ? Double.NaN : two.end()[i];
            for (int l = 0; !Double.isNaN(twoStart) && l + 1 < lanes.length && lane < 0; l++) {
                if (free(lanes[l], placed.get(l), below.get(l), occStart, occEnd, twoStart, twoEnd)
                        && free(lanes[l + 1], placed.get(l + 1), below.get(l + 1), occStart, occEnd, twoStart,
                        twoEnd)) {
                    lane = l;
                    s = twoStart;
                    e = twoEnd;
                    occStart[i] = s;
                    occEnd[i] = e;
                    left[i] = null; // it stays where its two lines are: no later item moves it left
                    two.taken()[i] = true;
                    below.get(l + 1).put(s, e);
                    under.add(new double[] {l + 1, s, e});
                }
            }
            if (lane < 0) {
                folded.add(i);
            } else {
                laneOf[i] = lane;
                placed.get(lane).put(s, i);
            }
        }
    }

    /**
     * Makes the room {@code s..e} free in a lane by moving the one item placed there that takes it (an earlier
     * point whose label runs over it) to the left of its mark, when that room is free: the two then share the
     * lane, one label ending at its mark and the next starting at its own. False (nothing moved) when that cannot be.
     */
    private static boolean moveLeft(java.util.TreeMap<Double, Integer> placed, java.util.TreeMap<Double, Double> below,
                                    int[] firstPass, double[] occStart, double[] occEnd, double[][] left, double s,
                                    double e) {
        var before = placed.floorEntry(s);
        int p = before != null && occEnd[before.getValue()] > s ? before.getValue() : -1;
        var after = placed.higherEntry(s);
        if (after != null && after.getKey() < e || p < 0 || left[p] == null || occStart[p] == left[p][0]) {
            return false; // another item there, none, or one with no room on its left (or already there)
        }
        double[] room = left[p];
        placed.remove(occStart[p]);
        if (room[1] <= s && free(firstPass, placed, below, occStart, occEnd, room[0], room[1])) {
            occStart[p] = room[0];
            occEnd[p] = room[1];
            placed.put(room[0], p);
            return true;
        }
        placed.put(occStart[p], p);
        return false;
    }

    /** Whether {@code s..e} is free in a lane: of the first pass, of the items placed since and of labels over it. */
    private static boolean free(int[] firstPass, java.util.TreeMap<Double, Integer> placed,
                                java.util.TreeMap<Double, Double> below, double[] occStart, double[] occEnd,
                                double s, double e) {
        return !overlapsFirstPass(firstPass, occStart, occEnd, s, e) && !overlaps(placed, occEnd, s, e)
                && !overlapsBelow(below, s, e);
    }

    private static boolean overlapsBelow(java.util.TreeMap<Double, Double> below, double s, double e) {
        var before = below.floorEntry(s);
        if (before != null && before.getValue() > s) {
            return true;
        }
        var after = below.ceilingEntry(s);
        return after != null && after.getKey() < e;
    }

    /**
     * The room items would take with their labels on two lines ({@code start..end}, world pixels; NaN for none), and
     * which took it ({@code taken}).
     */
    private record TwoLines(double[] start, double[] end, boolean[] taken) {
    }

    private static boolean overlapsFirstPass(int[] lane, double[] occStart, double[] occEnd, double s, double e) {
        int lo = 0;
        int hi = lane.length;
        while (lo < hi) { // the first item in the lane that ends after s
            int mid = (lo + hi) >>> 1;
            if (occEnd[lane[mid]] <= s) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < lane.length && occStart[lane[lo]] < e;
    }

    private static boolean overlaps(java.util.TreeMap<Double, Integer> placed, double[] occEnd, double s, double e) {
        var before = placed.floorEntry(s);
        if (before != null && occEnd[before.getValue()] > s) {
            return true;
        }
        var after = placed.ceilingEntry(s);
        return after != null && after.getKey() < e;
    }

    private static int[][] lanes(int[] laneOf, int laneCount, int n) {
        int[] sizes = new int[laneCount];
        for (int i = 0; i < n; i++) {
            if (laneOf[i] >= 0) {
                sizes[laneOf[i]]++;
            }
        }
        int[][] lanes = new int[laneCount][];
        for (int l = 0; l < laneCount; l++) {
            lanes[l] = new int[sizes[l]];
        }
        int[] fill = new int[laneCount];
        for (int i = 0; i < n; i++) { // items come in start order, so each lane is sorted by start
            if (laneOf[i] >= 0) {
                lanes[laneOf[i]][fill[laneOf[i]]++] = i;
            }
        }
        return lanes;
    }

    /** How many lanes the items would need to show every one of them at this zoom (at most {@code cap}). */
    public int lanesNeeded(List<TimelineItem> items, double daysPerPixel, int cap) {
        double[] laneFree = new double[cap];
        int used = 0;
        for (TimelineItem it : items) {
            double start = startOf(it, daysPerPixel);
            int lane = 0;
            while (lane < used && laneFree[lane] > start) {
                lane++;
            }
            if (lane == cap) {
                return cap;
            }
            laneFree[lane] = endOf(it, daysPerPixel);
            used = Math.max(used, lane + 1);
        }
        return used;
    }

    /** Where an item's room starts, in world pixels. */
    public double startOf(TimelineItem it, double daysPerPixel) {
        return it.point() ? it.anchor() / daysPerPixel - metrics.pointRadius() : it.periodStart() / daysPerPixel;
    }

    /** Where an item's label starts when its start is in view, in world pixels. */
    public double labelStartOf(TimelineItem it, double daysPerPixel) {
        return it.point()
                ? it.anchor() / daysPerPixel + metrics.pointRadius() + metrics.labelGap()
                : it.start() / daysPerPixel + metrics.spanLabelInset();
    }

    /**
     * Where the room of an item whose label would run past the {@code wall} starts, in world pixels: a point's
     * label goes to the left of its mark, a span's moves left to end at the wall.
     */
    private double flippedStart(TimelineItem it, double daysPerPixel, double wall) {
        return it.point() ? it.anchor() / daysPerPixel - metrics.pointRadius() - metrics.labelGap() - it.labelWidth()
                : Math.min(it.periodStart() / daysPerPixel, wall - it.labelWidth() - metrics.spanLabelInset());
    }

    private double flippedEnd(TimelineItem it, double daysPerPixel, double wall) {
        return it.point() ? it.anchor() / daysPerPixel + metrics.pointRadius() + metrics.itemGap()
                : Math.max(it.periodEnd() / daysPerPixel, wall) + metrics.itemGap();
    }

    private double endOf(TimelineItem it, double daysPerPixel) {
        double markEnd = it.point() ? it.anchor() / daysPerPixel + metrics.pointRadius() : it.periodEnd() / daysPerPixel;
        return Math.max(markEnd, labelStartOf(it, daysPerPixel) + it.labelWidth()) + metrics.itemGap();
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** A growable list of ints, to keep a hundred thousand indexes without boxing them. */
    private static final class IntList {
        int[] values = new int[16];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int k) {
            return values[k];
        }

        /** Merges two lists, each in order of {@code key}, into one in that order. */
        static IntList merge(IntList a, IntList b, double[] key) {
            IntList out = new IntList();
            int i = 0;
            int j = 0;
            while (i < a.size || j < b.size) {
                if (j == b.size || i < a.size && key[a.get(i)] <= key[b.get(j)]) {
                    out.add(a.get(i++));
                } else {
                    out.add(b.get(j++));
                }
            }
            return out;
        }
    }
}
