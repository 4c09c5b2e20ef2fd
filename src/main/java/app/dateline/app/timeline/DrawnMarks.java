package app.dateline.app.timeline;

import app.dateline.app.timeline.layout.Cluster;
import app.dateline.app.timeline.layout.TimelineItem;
import java.util.ArrayList;
import java.util.List;

/** What one frame drew and where: for hit testing, tooltips and tests. Coordinates are layout pixels. */
final class DrawnMarks {

    /** An event drawn on its own: its mark, the box of its mark and label, and the label as drawn ("" for none). */
    record Mark(int index, TimelineItem item, double markerX, double markerY, double x0, double y0, double x1, double y1,
                String label) {
        boolean contains(double x, double y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }
    }

    /** The empty years drawn as a break, and the words that name them ("no events, 2002–2020"). */
    final java.util.List<String> breaks = new java.util.ArrayList<>();

    /** Where those words are drawn: the box of their plain background in the bottom row. */
    record Words(String text, double x0, double y0, double x1, double y1) {
    }

    final List<Words> breakWords = new ArrayList<>();

    record ClusterMark(int index, Cluster cluster, double x0, double y0, double x1, double y1) {
        boolean contains(double x, double y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }
    }

    /**
     * The count under a run of clusters in the bottom row ("+12"): its text, the run's events as one cluster (the
     * members of every cluster it counts) and the box of its text.
     */
    record Badge(String text, Cluster cluster, double x0, double y0, double x1, double y1) {
        boolean contains(double x, double y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }
    }

    static final DrawnMarks NONE = new DrawnMarks();

    final List<Badge> badges = new ArrayList<>();

    final List<Mark> marks = new ArrayList<>();
    final List<ClusterMark> clusters = new ArrayList<>();

    Mark markAt(double x, double y) {
        // markers win over labels: a point's dot is a small target, so look for it first
        for (int i = marks.size() - 1; i >= 0; i--) {
            Mark m = marks.get(i);
            if (Math.abs(m.markerX() - x) <= 7 && Math.abs(m.markerY() - y) <= 9) {
                return m;
            }
        }
        for (int i = marks.size() - 1; i >= 0; i--) {
            if (marks.get(i).contains(x, y)) {
                return marks.get(i);
            }
        }
        return null;
    }

    /** The cluster at a point: its marks, or the badge that counts it (as the run of clusters it counts). */
    ClusterMark clusterAt(double x, double y) {
        for (Badge b : badges) { // drawn over the marks
            if (b.contains(x, y)) {
                return new ClusterMark(-1, b.cluster(), b.x0(), b.y0(), b.x1(), b.y1());
            }
        }
        for (ClusterMark c : clusters) {
            if (c.contains(x, y)) {
                return c;
            }
        }
        return null;
    }

    /** How many events the badges count. */
    int badgedCount() {
        int n = 0;
        for (Badge b : badges) {
            n += b.cluster().size();
        }
        return n;
    }

    int clusteredCount() {
        int n = 0;
        for (ClusterMark c : clusters) {
            n += c.cluster().size();
        }
        return n;
    }
}
