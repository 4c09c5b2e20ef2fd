package app.dateline.app.export;

/**
 * What the reader chose in the export dialog.
 *
 * @param whole  true for the whole timeline, false for the visible window (pictures)
 * @param width  width of the picture in pixels at scale 1 (pictures)
 * @param scale  1, 2 or 3 (a PNG's pixels per layout pixel)
 * @param format what to write
 */
public record ExportChoice(boolean whole, int width, int scale, String title, ExportFormat format) {

    /** A PNG. */
    public ExportChoice(boolean whole, int width, int scale, String title) {
        this(whole, width, scale, title, ExportFormat.PNG);
    }

    /** A PNG, or an SVG drawing. */
    public ExportChoice(boolean whole, int width, int scale, String title, boolean svg) {
        this(whole, width, scale, title, svg ? ExportFormat.SVG : ExportFormat.PNG);
    }

    public boolean svg() {
        return format == ExportFormat.SVG;
    }

    public String extension() {
        return format.extension();
    }
}
