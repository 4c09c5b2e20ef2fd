package app.dateline.engine.timex;

/** How precise a date is: the unit its value names. Ordered from finest to coarsest. */
public enum Granularity {
    TIME, DAY, WEEK, MONTH, SEASON, QUARTER, HALF_YEAR, YEAR, DECADE, CENTURY, NONE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public boolean isPoint() {
        return this == TIME || this == DAY;
    }
}
