package app.dateline.app.detail;

import app.dateline.engine.event.Event;
import app.dateline.engine.event.NoEvent;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.timex.DateInWords;
import app.dateline.engine.timex.Timex;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** The detail pane's words for an event's precision: how precise its date is, or why it is not on the timeline. */
final class PrecisionText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private PrecisionText() {
    }

    /** Why an event with a calendar date is not on the timeline: its date says when a text was written. */
    static final String WRITTEN_TIME = "not on the timeline: when a text was written (the article's date line, "
            + "a wire story's or a reader's comment's time stamp), not an event";

    /** Why an event with a calendar date is not on the timeline: its date is asked about in a question. */
    static final String ASKED = "not on the timeline: the date is asked about in a question, not told as an event";

    /** Why an event with a calendar date is not on the timeline: its subject is the reader, or anyone. */
    static final String ADDRESSED = "not on the timeline: the sentence tells the reader (\"you\") what they can do or would see, not an event";

    /** Why an event with a calendar date is not on the timeline: its sentence is not in English. */
    static final String NOT_ENGLISH = "not on the timeline: the sentence is not in English, so no event can be read from it";

    /** Why an event with a calendar date is not on the timeline: its date is the point a comparison counts from. */
    static final String COMPARED = "not on the timeline: the date is the point a comparison counts from (\"for the first"
            + " time since\"), not when the event happened";

    /** Why an event with a calendar date is not on the timeline: its sentence is the date alone. */
    static final String DATE_ALONE = "not on the timeline: the sentence is the date alone (a schedule's or a list's line),"
            + " it tells no event";

    /** The event's precision, or why it is not on the timeline. */
    static String of(MergedEvent m) {
        if (m.date().isPlottable() && !m.isPlottable()) {
            NoEvent why = m.sources().stream().map(Event::noEvent).filter(Objects::nonNull).findFirst().orElse(NoEvent.WRITTEN_TIME);
            return switch (why) {
                case ASKED -> ASKED;
                case NOT_ENGLISH -> NOT_ENGLISH;
                case ADDRESSED -> ADDRESSED;
                case COMPARED -> COMPARED;
                case DATE_ALONE -> DATE_ALONE;
                default -> WRITTEN_TIME;
            };
        }
        return of(m.date().timex());
    }

    static String of(Timex t) {
        if (!t.isAnchoredPoint()) {
            return "not on the timeline: " + (t.granularity() == app.dateline.engine.timex.Granularity.NONE
                    ? "no calendar date" : DateInWords.precision(t.granularity()) + ", but not anchored");
        }
        String unit = DateInWords.precision(t.granularity());
        if (t.from().equals(t.to())) {
            return unit + ", a point on the timeline";
        }
        String days = days(t.from(), t.to());
        if (t.mod() == app.dateline.engine.timex.TimexMod.START || t.mod() == app.dateline.engine.timex.TimexMod.MID
                || t.mod() == app.dateline.engine.timex.TimexMod.END) {
            String part = switch (t.mod()) {
                case START -> "the early part";
                case MID -> "the middle";
                default -> "the late part";
            };
            return unit + ", " + part + ": " + days;
        }
        return unit + ", a span: " + days;
    }

    private static String days(LocalDate from, LocalDate to) {
        return DAY.format(from) + " to " + DAY.format(to);
    }
}
