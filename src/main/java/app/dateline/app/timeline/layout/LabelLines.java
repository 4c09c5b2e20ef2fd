package app.dateline.app.timeline.layout;

/**
 * A label on two lines, for when it does not fit on one: the headline is wrapped at a word into two lines of
 * about the same width (the narrowest that holds it whole), and only when two lines of the widest room cannot
 * hold it is the second line cut at a word with "…". The badge ("×4 ⚠") ends the second line, whole.
 *
 * @param first  the first line
 * @param second the second line, with the badge
 * @param width  the wider of the two, in pixels
 */
public record LabelLines(String first, String second, double width) {

    /** Bisection steps towards the narrowest width that holds the label on two lines. */
    private static final int STEPS = 8;

    /**
     * The headline and badge on two lines no wider than {@code maxWidth}, or null when they fit on one line or
     * the first word alone is wider (nothing to wrap).
     */
    public static LabelLines of(TextMeasure measure, String headline, String badge, double maxWidth) {
        if (measure.width(headline + badge) <= maxWidth) {
            return null;
        }
        String[] words = headline.trim().split("\\s+");
        double[] widths = new double[words.length];
        for (int i = 0; i < words.length; i++) {
            widths[i] = measure.width(words[i]);
        }
        double space = measure.width(' ');
        double badgeWidth = measure.width(badge);
        int split = firstLineWords(widths, space, maxWidth);
        if (split == 0 || split == words.length) {
            return null;
        }
        double width = maxWidth;
        if (lineWidth(widths, space, split, words.length) + badgeWidth <= maxWidth) {
            // whole on two lines: narrow them to the least width that still holds it, so the lines are even
            double lo = maxWidth / 2;
            for (int k = 0; k < STEPS; k++) {
                double mid = (lo + width) / 2;
                int s = firstLineWords(widths, space, mid);
                if (s > 0 && s < words.length && lineWidth(widths, space, s, words.length) + badgeWidth <= mid) {
                    width = mid;
                    split = s;
                } else {
                    lo = mid;
                }
            }
        }
        String first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, split));
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, split, words.length));
        String second = measure.width(rest) + badgeWidth <= width ? rest + badge
                : measure.fit(rest, Math.max(20, width - badgeWidth)) + badge;
        return new LabelLines(first, second, Math.max(measure.width(first), measure.width(second)));
    }

    /** How many words, from the first, fit on a line {@code width} wide. */
    private static int firstLineWords(double[] widths, double space, double width) {
        double used = widths[0];
        if (used > width) {
            return 0;
        }
        int k = 1;
        while (k < widths.length && used + space + widths[k] <= width) {
            used += space + widths[k];
            k++;
        }
        return k;
    }

    private static double lineWidth(double[] widths, double space, int from, int to) {
        double w = 0;
        for (int i = from; i < to; i++) {
            w += widths[i] + (i > from ? space : 0);
        }
        return w;
    }

    /** The two lines as drawn, one under the other. */
    public String text() {
        return first + "\n" + second;
    }
}
