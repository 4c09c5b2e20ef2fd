package app.dateline.app.timeline;

/**
 * The rows of the timeline from top to bottom: the axis (a context row and a tick row), the lanes, and the
 * row of clusters under them. In layout pixels.
 */
record TimelineGeometry(double width, double height, double majorRow, double minorRow, double lanesTop,
                        double laneHeight, int lanes, double clusterRowTop, double clusterRowHeight) {

    static final double MAJOR_ROW = 20;
    static final double MINOR_ROW = 18;
    static final double GAP = 8;

    static TimelineGeometry of(double width, double height, double laneHeight) {
        double lanesTop = MAJOR_ROW + MINOR_ROW + GAP;
        double clusterRow = laneHeight;
        int lanes = (int) Math.max(1, Math.floor((height - lanesTop - clusterRow - GAP) / laneHeight));
        double clusterTop = lanesTop + lanes * laneHeight + 2;
        return new TimelineGeometry(width, height, MAJOR_ROW, MINOR_ROW, lanesTop, laneHeight, lanes, clusterTop, clusterRow);
    }

    /** The height that holds {@code lanes} lanes. */
    static double heightFor(int lanes, double laneHeight) {
        return MAJOR_ROW + MINOR_ROW + GAP + Math.max(1, lanes) * laneHeight + 2 + laneHeight + GAP;
    }

    double axisHeight() {
        return majorRow + minorRow;
    }

    double laneTop(int lane) {
        return lanesTop + lane * laneHeight;
    }
}
