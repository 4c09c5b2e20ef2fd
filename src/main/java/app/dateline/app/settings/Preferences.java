package app.dateline.app.settings;

/**
 * The choices of the Preferences dialog, read from and written to {@link Settings}.
 *
 * @param theme    light or dark
 * @param textSize the base text size in pixels ({@link #MIN_TEXT} to {@link #MAX_TEXT}); every text of the
 *                 window and the timeline scales with it
 * @param export   what the export dialog starts with
 */
public record Preferences(Theme theme, double textSize, ExportDefaults export) {

    public static final double DEFAULT_TEXT = 13;
    public static final double MIN_TEXT = 10;
    public static final double MAX_TEXT = 22;
    public static final Preferences DEFAULT = new Preferences(Theme.LIGHT, DEFAULT_TEXT, ExportDefaults.STANDARD);

    public Preferences {
        textSize = Math.max(MIN_TEXT, Math.min(MAX_TEXT, textSize));
    }

    /** How much larger than the default the text is (1 at 13 px). */
    public double textScale() {
        return textSize / DEFAULT_TEXT;
    }

    public static Preferences read(Settings s) {
        return new Preferences(Theme.parse(s.get("theme", "light")), s.number("text.size", DEFAULT_TEXT),
                new ExportDefaults("svg".equals(s.get("export.format", "png")), (int) s.number("export.width", 2000),
                        (int) s.number("export.scale", 1)));
    }

    public void write(Settings s) {
        s.put("theme", theme.name().toLowerCase(java.util.Locale.ROOT));
        s.put("text.size", textSize);
        s.put("export.format", export.svg() ? "svg" : "png");
        s.put("export.width", export.width());
        s.put("export.scale", export.scale());
    }
}
