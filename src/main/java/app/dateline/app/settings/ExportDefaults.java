package app.dateline.app.settings;

/**
 * What the export dialog starts with (Preferences > Export).
 *
 * @param svg   an SVG drawing rather than a PNG picture
 * @param width width in pixels at scale 1, 400 to 12,000
 * @param scale a PNG's pixels per layout pixel, 1 to 3
 */
public record ExportDefaults(boolean svg, int width, int scale) {

    public static final ExportDefaults STANDARD = new ExportDefaults(false, 2000, 1);
    /** The narrowest and the widest picture, in pixels at scale 1. */
    public static final int MIN_WIDTH = 400;
    public static final int MAX_WIDTH = 12_000;

    public ExportDefaults {
        width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
        scale = Math.max(1, Math.min(3, scale));
    }
}
