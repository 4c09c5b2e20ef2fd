package app.dateline.app.timeline.layout;

import java.util.List;

/**
 * How many items fall in each of {@code bins} equal slices of a day range: the overview band's bars, each split
 * by the items' colour (series; every series past the palette's counts as its grey).
 *
 * @param counts   items per bin
 * @param bySeries items per bin and series: {@code bySeries[bin][series]}, series up to {@link SeriesPalette#distinct()}
 */
public record Histogram(double from, double to, int[] counts, int[][] bySeries) {

    public static Histogram of(List<TimelineItem> items, double from, double to, int bins) {
        int[] counts = new int[Math.max(1, bins)];
        int[][] bySeries = new int[counts.length][SeriesPalette.distinct() + 1];
        double width = (to - from) / counts.length;
        if (width > 0) {
            for (TimelineItem it : items) {
                double mid = (it.start() + it.end()) / 2;
                int b = (int) Math.floor((mid - from) / width);
                if (b >= 0 && b < counts.length) {
                    counts[b]++;
                    bySeries[b][Math.min(Math.abs(it.series()), SeriesPalette.distinct())]++;
                }
            }
        }
        return new Histogram(from, to, counts, bySeries);
    }

    public int max() {
        int m = 0;
        for (int c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }
}
