package app.dateline.app.timeline.layout;

/** The width in pixels of a string in the font labels are drawn in. Supplied by whatever draws (JavaFX, SVG...). */
@FunctionalInterface
public interface TextMeasure {

    double width(String text);

    /** Cuts {@code text} to fit {@code maxWidth}, ending it with an ellipsis when it had to be cut. */
    default String fit(String text, double maxWidth) {
        if (width(text) <= maxWidth) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) { // the longest prefix that fits with its ellipsis
            int mid = (lo + hi + 1) >>> 1;
            if (width(text.substring(0, mid).stripTrailing() + "…") <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        String head = text.substring(0, lo).stripTrailing();
        int lastSpace = head.lastIndexOf(' ');
        if (lastSpace > head.length() * 2 / 3) { // end on a whole word when little is lost
            head = head.substring(0, lastSpace);
        }
        head = head.replaceAll("[\\s,;:.—–-]+$", "");
        return head + "…";
    }
}
