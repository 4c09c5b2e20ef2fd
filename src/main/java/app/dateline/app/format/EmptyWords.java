package app.dateline.app.format;

/**
 * What an empty pane says when the articles read give no date to show, so that it never asks the reader to loosen
 * filters nobody set.
 */
public final class EmptyWords {

    /** What an empty list says while the articles are read. */
    public static final String READING = "Reading articles\u2026 The events are listed when they are read.";

    private EmptyWords() {
    }

    /** "The 2 articles read give no date the timeline can place." (one article: "The article read gives ...") */
    public static String noDate(int articles) {
        return articles == 1 ? "The article read gives no date the timeline can place."
                : "The " + articles + " articles read give no date the timeline can place.";
    }

    /** What the event list says when it is empty: why, and what to do. */
    public static String emptyList(int articles, int events) {
        if (articles == 0) {
            return "No events to list. Open a folder of articles (Ctrl+O).";
        }
        if (events == 0) {
            return (articles == 1 ? "The article read gives no date." : "The " + articles + " articles read give no date.")
                    + " Open other articles (Ctrl+O).";
        }
        // no count here: the status bar counts the dated events, the list holds the undated ones too
        return "The filters hide every event: loosen them (the articles on the left, the search, Precision, Key events).";
    }
}
