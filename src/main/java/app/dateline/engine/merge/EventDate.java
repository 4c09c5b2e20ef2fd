package app.dateline.engine.merge;

import app.dateline.engine.timex.Granularity;
import app.dateline.engine.timex.Timex;
import app.dateline.engine.timex.TimexMod;
import app.dateline.engine.timex.TimexType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The date of a (merged) event: a TIMEX3 value with its mod, span and granularity. When sources disagree the
 * value is an ISO 8601 interval of the earliest and the latest value ({@code 2021-07/2021-08}) and the span
 * runs from the earliest day any source gives to the latest.
 *
 * @param from first day, or null for durations, sets and unanchored values
 * @param to   last day (inclusive), or null
 */
public record EventDate(TimexType type, String value, TimexMod mod, LocalDate from, LocalDate to, Granularity granularity)
        implements java.io.Serializable {

    public EventDate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(granularity, "granularity");
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("from and to must both be set or both be null: " + value);
        }
    }

    public static EventDate of(Timex t) {
        return new EventDate(t.type(), t.value(), t.mod(), t.from(), t.to(), t.granularity());
    }

    /** This date as a TIMEX3 value with its span (a range keeps its "earliest/latest" value). */
    public Timex timex() {
        return new Timex(type, value, mod, from, to, granularity);
    }

    /** The range between two dates, as shown when sources disagree. */
    static EventDate range(EventDate earliest, EventDate latest) {
        Granularity coarser = earliest.granularity.compareTo(latest.granularity) >= 0 ? earliest.granularity : latest.granularity;
        return new EventDate(earliest.type, earliest.value + "/" + latest.value, null, earliest.from, latest.to, coarser);
    }

    /** True when this is a range over disagreeing sources rather than one TIMEX3 value. */
    public boolean isRange() {
        return value.indexOf('/') > 0;
    }

    /** The value the range starts with, or the value itself. */
    public String startValue() {
        return isRange() ? value.substring(0, value.indexOf('/')) : value;
    }

    public String endValue() {
        return isRange() ? value.substring(value.indexOf('/') + 1) : value;
    }

    /** Anchored dates and times can be placed on a timeline. */
    public boolean isPlottable() {
        return type.isPoint() && from != null;
    }

    /** Number of days covered, or 0 when the date has no span. */
    public long days() {
        return from == null ? 0 : to.toEpochDay() - from.toEpochDay() + 1;
    }
}
