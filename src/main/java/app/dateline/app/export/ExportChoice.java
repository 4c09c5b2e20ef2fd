package app.dateline.app.export;

/**
 * What the reader chose in the export dialog.
 *
 * @param whole true for the whole timeline, false for the visible window
 * @param width width of the picture in pixels at scale 1
 * @param scale 1, 2 or 3 (a PNG's pixels per layout pixel)
 * @param svg   an SVG drawing rather than a PNG picture
 */
public record ExportChoice(boolean whole, int width, int scale, String title, boolean svg) {

    /** A PNG. */
    public ExportChoice(boolean whole, int width, int scale, String title) {
        this(whole, width, scale, title, false);
    }

    public String extension() {
        return svg ? "svg" : "png";
    }
}
