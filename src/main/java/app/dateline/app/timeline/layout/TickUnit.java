package app.dateline.app.timeline.layout;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** The steps of the time axis, finest first. Each knows how to round a date down to itself and step on. */
public enum TickUnit {
    DAY(1),
    MONTH(30.44),
    QUARTER(91.31),
    YEAR(365.25),
    FIVE_YEARS(5 * 365.25),
    DECADE(10 * 365.25),
    FIFTY_YEARS(50 * 365.25),
    CENTURY(100 * 365.25);

    private final double approxDays;

    TickUnit(double approxDays) {
        this.approxDays = approxDays;
    }

    public double approxDays() {
        return approxDays;
    }

    public LocalDate floor(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case MONTH -> d.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> LocalDate.of(d.getYear(), 1, 1);
            default -> LocalDate.of(Math.max(1, Math.floorDiv(d.getYear(), years()) * years()), 1, 1);
        };
    }

    public LocalDate next(LocalDate d) {
        return switch (this) {
            case DAY -> d.plusDays(1);
            case MONTH -> d.plusMonths(1);
            case QUARTER -> d.plusMonths(3);
            case YEAR -> d.plusYears(1);
            default -> d.plusYears(years());
        };
    }

    /** The coarser unit whose labels give the context of this one's ("September 2021" above day numbers). */
    public TickUnit major() {
        return switch (this) {
            case DAY -> MONTH;
            case MONTH, QUARTER -> YEAR;
            case YEAR, FIVE_YEARS -> DECADE;
            default -> CENTURY;
        };
    }

    /** Interval units label the middle of their interval (a month, a year); multi-year units label their start. */
    public boolean labelsInterval() {
        return this == DAY || this == MONTH || this == QUARTER || this == YEAR;
    }

    /** The label of the tick at {@code d}: short, or long when there is room. */
    public String label(LocalDate d, boolean wide) {
        return switch (this) {
            case DAY -> wide ? d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getDayOfMonth()
                    : Integer.toString(d.getDayOfMonth());
            case MONTH, QUARTER -> d.getMonth().getDisplayName(wide ? TextStyle.FULL : TextStyle.SHORT, Locale.ENGLISH);
            default -> Integer.toString(d.getYear());
        };
    }

    /** The label of this unit used as the major (context) row. */
    public String majorLabel(LocalDate d) {
        return switch (this) {
            case DAY -> d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
            case MONTH, QUARTER -> d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
            case YEAR -> Integer.toString(d.getYear());
            default -> d.getYear() + "s";
        };
    }

    /** The widest short and long labels, to test whether a unit has room. */
    String widestLabel(boolean wide) {
        return switch (this) {
            case DAY -> wide ? "Wed 28" : "28";
            case MONTH, QUARTER -> wide ? "September" : "Sep";
            default -> "2000";
        };
    }

    private int years() {
        return switch (this) {
            case FIVE_YEARS -> 5;
            case DECADE -> 10;
            case FIFTY_YEARS -> 50;
            case CENTURY -> 100;
            default -> 1;
        };
    }
}
