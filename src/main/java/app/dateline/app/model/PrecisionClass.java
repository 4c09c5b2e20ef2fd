package app.dateline.app.model;

import app.dateline.engine.merge.MergedEvent;

/** The precision filter's choices: how exactly the text dated the event. */
public enum PrecisionClass {
    DAY("Days and times"),
    WEEK("Weeks"),
    MONTH("Months"),
    SEASON("Seasons, quarters, halves"),
    YEAR("Years"),
    DECADE("Decades, centuries"),
    NOT_ON_TIMELINE("Not on the timeline (durations, vague dates, time stamps)");

    private final String label;

    PrecisionClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    public static PrecisionClass of(MergedEvent e) {
        if (!e.isPlottable()) {
            return NOT_ON_TIMELINE;
        }
        return switch (e.date().granularity()) {
            case TIME, DAY -> DAY;
            case WEEK -> WEEK;
            case MONTH -> MONTH;
            case SEASON, QUARTER, HALF_YEAR -> SEASON;
            case YEAR -> YEAR;
            case DECADE, CENTURY -> DECADE;
            case NONE -> NOT_ON_TIMELINE;
        };
    }
}
