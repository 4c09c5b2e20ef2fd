package app.dateline.app.timeline.layout;

import java.util.List;

/** How many items fall in each of {@code bins} equal slices of a day range: the overview band's bars. */
public record Histogram(double from, double to, int[] counts) {

    public static Histogram of(List<TimelineItem> items, double from, double to, int bins) {
        int[] counts = new int[Math.max(1, bins)];
        double width = (to - from) / counts.length;
        if (width > 0) {
            for (TimelineItem it : items) {
                double mid = (it.start() + it.end()) / 2;
                int b = (int) Math.floor((mid - from) / width);
                if (b >= 0 && b < counts.length) {
                    counts[b]++;
                }
            }
        }
        return new Histogram(from, to, counts);
    }

    public int max() {
        int m = 0;
        for (int c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }
}
