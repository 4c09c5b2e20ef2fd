package app.dateline.engine.project;

import java.util.Objects;

/** The user's label for an event. */
public record LabelCorrection(EventRef event, String label) {

    public LabelCorrection {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(label, "label");
    }
}
