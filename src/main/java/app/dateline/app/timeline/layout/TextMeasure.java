package app.dateline.app.timeline.layout;

/** The width in pixels of a string in the font labels are drawn in. Supplied by whatever draws (JavaFX, SVG...). */
@FunctionalInterface
public interface TextMeasure {

    double width(String text);

    /** The advance of one character; measures that know each character's width answer without a string. */
    default double width(char c) {
        return width(String.valueOf(c));
    }

    /** Cuts {@code text} at a word to fit {@code maxWidth}, ending it with an ellipsis when it had to be cut. */
    default String fit(String text, double maxWidth) {
        double room = maxWidth - width("…");
        double used = 0;
        int fits = 0; // the longest prefix that fits with its ellipsis, found in one pass
        while (fits < text.length() && used + width(text.charAt(fits)) <= room) {
            used += width(text.charAt(fits));
            fits++;
        }
        if (fits == text.length() && width(text) <= maxWidth) {
            return text;
        }
        String head = text.substring(0, fits).stripTrailing();
        int lastSpace = head.lastIndexOf(' ');
        if (lastSpace > 0) { // cut only at a word
            head = head.substring(0, lastSpace);
        }
        int end = head.length();
        while (end > 0 && ",;:.—–- ".indexOf(head.charAt(end - 1)) >= 0) {
            end--;
        }
        return head.substring(0, end) + "…";
    }

    /**
     * {@link #fit} for a label on its own line: empty when not even two words fit, since one word, or part of one
     * ("The…", "Sales…"), tells a reader nothing; the mark then stands alone.
     */
    default String fitLabel(String text, double maxWidth) {
        String fitted = fit(text, maxWidth);
        boolean cut = fitted.endsWith("…") && !fitted.equals(text);
        return cut && fitted.indexOf(' ') < 0 ? "" : fitted;
    }
}
