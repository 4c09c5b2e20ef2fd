package app.dateline.engine.project;

import app.dateline.engine.timex.TimexMod;
import java.util.Objects;

/** The user's date for an event: a TIMEX3 value ("2021-08", "2024-01-22") and an optional mod (START/MID/END). */
public record DateCorrection(EventRef event, String value, TimexMod mod) {

    public DateCorrection {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(value, "value");
    }
}
