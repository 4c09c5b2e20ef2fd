package app.dateline.engine.timex;

import java.time.LocalDate;

/** A run of calendar days, both ends inclusive. */
public record TimexSpan(LocalDate from, LocalDate to) {
}
