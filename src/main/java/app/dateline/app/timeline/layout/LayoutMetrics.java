package app.dateline.app.timeline.layout;

/**
 * The sizes lane packing works with, in pixels.
 *
 * @param pointRadius   half the width of a point's marker
 * @param labelGap      room between a marker and its label
 * @param spanLabelInset room between a span's start and its label
 * @param itemGap       least room between two items in one lane
 * @param clusterWidth  how far apart folded events may be and still share one cluster
 * @param maxLabelWidth the longest a label may be before it is cut
 */
public record LayoutMetrics(double pointRadius, double labelGap, double spanLabelInset, double itemGap,
                            double clusterWidth, double maxLabelWidth) {

    public static final LayoutMetrics DEFAULT = new LayoutMetrics(5, 5, 6, 14, 56, 250);
}
