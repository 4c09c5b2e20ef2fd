package app.dateline.engine.timex;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A normalised temporal expression: TimeML type, value and mod, and for anchored dates the span of days it
 * covers ({@code from} and {@code to} inclusive) and its granularity. Durations, sets and unresolved values
 * have no span.
 */
public record Timex(TimexType type, String value, TimexMod mod, LocalDate from, LocalDate to, Granularity granularity) implements java.io.Serializable {

    public Timex {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(granularity, "granularity");
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("from and to must both be set or both be null: " + value);
        }
        if (from != null && from.isAfter(to)) {
            throw new IllegalArgumentException("span ends before it starts: " + value);
        }
    }

    /** Builds a timex from a value, deriving span and granularity from it. */
    public static Timex of(TimexType type, String value, TimexMod mod) {
        TimexSpan span = TimexValues.span(value, mod);
        Granularity g = TimexValues.granularity(value);
        if (span == null || !type.isPoint()) {
            return new Timex(type, value, mod, null, null, type.isPoint() ? g : Granularity.NONE);
        }
        return new Timex(type, value, mod, span.from(), span.to(), g);
    }

    public boolean isAnchoredPoint() {
        return type.isPoint() && from != null;
    }
}
