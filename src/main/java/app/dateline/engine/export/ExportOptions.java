package app.dateline.engine.export;

/** What an export needs besides the events: the title of the timeline (the title slide, the SVG heading). */
public record ExportOptions(String title) {

    public ExportOptions {
        title = title == null || title.isBlank() ? "Timeline" : title.strip();
    }
}
