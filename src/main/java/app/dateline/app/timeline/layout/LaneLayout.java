package app.dateline.app.timeline.layout;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Where every item goes at one zoom level: a lane, or a cluster when all lanes were taken. Positions are in
 * world pixels, so one layout serves every pan position at that zoom; {@link #forEachVisible} culls by binary
 * search, so drawing costs what is on screen, not what is loaded.
 */
public final class LaneLayout {

    private final List<TimelineItem> items;
    private final double daysPerPixel;
    private final int[] laneOf;
    private final int[][] lanes;
    private final double[][] laneStarts;
    private final double[][] laneEnds;
    private final List<Cluster> clusters;
    private final double[] clusterStarts;
    private final double[] clusterReach;
    private final double[] occupiedEnd;
    private final int[] modelIndex;
    private final int[] clusterOf;
    private final double[] nextStart;
    private final double[] previousEnd;
    private final int[] previousInLane;
    private final boolean[] twoLines;
    private final boolean[] leftOfMark;

    LaneLayout(List<TimelineItem> items, int[] modelIndex, double daysPerPixel, int[] laneOf, int[][] lanes,
               double[] occupiedStart, double[] occupiedEnd, List<Cluster> clusters, int[] clusterOf, boolean[] twoLines,
               List<double[]> below, boolean[] leftOfMark) {
        this.twoLines = twoLines;
        this.leftOfMark = leftOfMark;
        this.items = items;
        this.clusterOf = clusterOf;
        this.modelIndex = modelIndex;
        this.daysPerPixel = daysPerPixel;
        this.laneOf = laneOf;
        this.lanes = lanes;
        this.occupiedEnd = occupiedEnd;
        this.laneStarts = new double[lanes.length][];
        this.laneEnds = new double[lanes.length][];
        this.nextStart = new double[items.size()];
        java.util.Arrays.fill(nextStart, Double.POSITIVE_INFINITY);
        this.previousEnd = new double[items.size()];
        java.util.Arrays.fill(previousEnd, Double.NEGATIVE_INFINITY);
        this.previousInLane = new int[items.size()];
        java.util.Arrays.fill(previousInLane, -1);
        for (int l = 0; l < lanes.length; l++) {
            int[] lane = lanes[l];
            laneStarts[l] = new double[lane.length];
            laneEnds[l] = new double[lane.length];
            for (int k = 0; k < lane.length; k++) {
                laneStarts[l][k] = occupiedStart[lane[k]];
                laneEnds[l][k] = occupiedEnd[lane[k]];
                if (k + 1 < lane.length) {
                    nextStart[lane[k]] = occupiedStart[lane[k + 1]];
                    previousEnd[lane[k + 1]] = occupiedEnd[lane[k]];
                    previousInLane[lane[k + 1]] = lane[k];
                }
            }
        }
        for (double[] b : below) { // the room a two-line label takes in the lane under its own
            int l = (int) b[0];
            int after = Sorted.firstAtLeast(laneStarts[l], b[1]); // the first item starting at or after it
            if (after > 0) {
                int j = lanes[l][after - 1];
                nextStart[j] = Math.min(nextStart[j], b[1]);
            }
            if (after < lanes[l].length) {
                int j = lanes[l][after];
                previousEnd[j] = Math.max(previousEnd[j], b[2]);
            }
        }
        this.clusters = List.copyOf(clusters);
        this.clusterStarts = new double[clusters.size()];
        this.clusterReach = new double[clusters.size()];
        double reach = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < clusterStarts.length; i++) {
            clusterStarts[i] = clusters.get(i).worldX();
            reach = Math.max(reach, clusters.get(i).worldXEnd());
            clusterReach[i] = reach; // running maximum: sorted, so it can be searched
        }
    }

    /** The items laid out (all of the model's, or those near the view), in axis order. */
    public List<TimelineItem> items() {
        return items;
    }

    /** The model index of item {@code k} of {@link #items()}. */
    public int modelIndex(int k) {
        return modelIndex == null ? k : modelIndex[k];
    }

    /** The position in {@link #items()} of the model's item {@code i}, or -1 when it was not laid out. */
    public int localIndex(int i) {
        if (modelIndex == null) {
            return i >= 0 && i < items.size() ? i : -1;
        }
        int k = java.util.Arrays.binarySearch(modelIndex, i);
        return k >= 0 ? k : -1;
    }

    public double daysPerPixel() {
        return daysPerPixel;
    }

    /** The lane of item {@code i}, or -1 when it is folded into a cluster. */
    public int laneOf(int i) {
        return laneOf[i];
    }

    /** The index in {@link #clusters()} of the cluster item {@code i} is folded into, or -1. */
    public int clusterOf(int i) {
        return i < 0 || i >= clusterOf.length ? -1 : clusterOf[i];
    }

    /** How many lanes hold at least one item. */
    public int lanesUsed() {
        int used = 0;
        for (int[] lane : lanes) {
            if (lane.length > 0) {
                used++;
            }
        }
        return used;
    }

    public int laneCount() {
        return lanes.length;
    }

    public List<Cluster> clusters() {
        return clusters;
    }

    /**
     * Where the next item in item {@code i}'s lane starts, in world pixels (infinity when none follows): its
     * label may run up to there, past the width it was packed with.
     */
    public double nextStartInLane(int i) {
        return i < 0 || i >= nextStart.length ? Double.POSITIVE_INFINITY : nextStart[i];
    }

    /**
     * Whether item {@code i}'s label is drawn on two lines: it was cut on one, and the lane under it is free where
     * the two lines go (the label then takes that room too).
     */
    public boolean twoLines(int i) {
        return i >= 0 && i < twoLines.length && twoLines[i];
    }

    /**
     * Whether item {@code i} (a point) was given its room on the left of its mark (its lane was free only there, or its
     * label would run past the view's right edge): its label ends at the mark.
     */
    public boolean leftOfMark(int i) {
        return i >= 0 && i < leftOfMark.length && leftOfMark[i];
    }

    /** The item before item {@code i} in its lane, or -1 when none. */
    public int previousInLane(int i) {
        return i < 0 || i >= previousInLane.length ? -1 : previousInLane[i];
    }

    /** Where the previous item in item {@code i}'s lane ends, in world pixels (minus infinity when none). */
    public double previousEndInLane(int i) {
        return i < 0 || i >= previousEnd.length ? Double.NEGATIVE_INFINITY : previousEnd[i];
    }

    /** The right end of the room item {@code i} takes in its lane (its span or its label), in world pixels. */
    public double occupiedEnd(int i) {
        return occupiedEnd[i];
    }

    /** Calls {@code action} with every laned item whose room meets the world-pixel range, lane by lane. */
    public void forEachVisible(double worldLeft, double worldRight, IntConsumer action) {
        for (int l = 0; l < lanes.length; l++) {
            int[] lane = lanes[l];
            // lanes never overlap themselves, so both starts and ends are sorted: the first end past the left edge
            int k = Sorted.firstAtLeast(laneEnds[l], worldLeft);
            for (; k < lane.length && laneStarts[l][k] <= worldRight; k++) {
                action.accept(lane[k]);
            }
        }
    }

    /** Calls {@code action} with the index of every cluster that may show in the world-pixel range. */
    public void forEachVisibleCluster(double worldLeft, double worldRight, double badgeWidth, IntConsumer action) {
        // every cluster before k reaches no further than the left edge; a wide one may start far to the left
        int k = Sorted.firstAtLeast(clusterReach, worldLeft - badgeWidth);
        for (; k < clusterStarts.length && clusterStarts[k] <= worldRight + badgeWidth; k++) {
            if (clusters.get(k).worldXEnd() + badgeWidth >= worldLeft && clusterStarts[k] <= worldRight) {
                action.accept(k);
            }
        }
    }

}
