package app.dateline.engine.tagger;

import java.time.LocalDate;

/**
 * How a value was anchored, with the reference date used (if any) and a sentence for the reader, e.g.
 * "month from the text, year from the article date 2024-03-05".
 */
public record Anchor(AnchorKind kind, LocalDate reference, String explanation) implements java.io.Serializable {

    public static Anchor explicit() {
        return new Anchor(AnchorKind.EXPLICIT, null, "the date is written out in full");
    }

    public static Anchor notAPoint() {
        return new Anchor(AnchorKind.NOT_A_POINT, null, "a duration or a repetition, not a date");
    }
}
