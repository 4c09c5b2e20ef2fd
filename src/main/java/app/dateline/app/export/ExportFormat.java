package app.dateline.app.export;

/**
 * What the export dialog writes: the two pictures, and the formats of {@code export --format} for other tools. The
 * pictures draw the shown events at a width; the others hold the shown events themselves.
 */
public enum ExportFormat {

    PNG("png", "PNG picture", "PNG picture"),
    SVG("svg", "SVG drawing (scales to any size, editable in Inkscape or Illustrator)", "SVG drawing"),
    HTML("html", "Web page (HTML: the timeline to publish, each event with its sources' paragraphs)", "Web page"),
    TIMELINEJS("json", "TimelineJS 3 (JSON, for Knight Lab's TimelineJS)", "TimelineJS JSON"),
    CSV("csv", "TimelineJS spreadsheet (CSV, for a Google Sheet or a spreadsheet)", "TimelineJS spreadsheet"),
    JSON("json", "Dateline events (JSON: every event with its sources; File > Open Timeline opens it)", "Dateline events");

    private final String extension;
    private final String choice;
    private final String filter;

    ExportFormat(String extension, String choice, String filter) {
        this.extension = extension;
        this.choice = choice;
        this.filter = filter;
    }

    /** The file name's ending, without the dot. */
    public String extension() {
        return extension;
    }

    /** The words of its choice in the dialog. */
    public String choice() {
        return choice;
    }

    /** The file chooser's name for it. */
    public String filter() {
        return filter;
    }

    /** A picture drawn at a width (PNG, SVG); the others hold the events whatever the width. */
    public boolean picture() {
        return this == PNG || this == SVG;
    }

    /** The name the file chooser offers: "timeline.png", "timeline-timelinejs.json", "timeline-events.json". */
    public String fileName() {
        return fileName("timeline");
    }

    /** The name of a story's file in this format: "the-taliban.png", "h1n1-timelinejs.json", "h1n1-events.json". */
    public String fileName(String stem) {
        return switch (this) {
            case TIMELINEJS -> stem + "-timelinejs.json";
            case JSON -> stem + "-events.json";
            default -> stem + "." + extension;
        };
    }
}
