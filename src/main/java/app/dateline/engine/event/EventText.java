package app.dateline.engine.event;

import java.util.List;

/**
 * What the engine says of one mention's event: its headline, its trigger (body offsets, or null) and the stretches
 * of the article the headline's words come from ({@link LabelSource}; empty when not known).
 */
public record EventText(String label, Trigger trigger, List<LabelSource> labelSources) {

    public EventText {
        labelSources = labelSources == null ? List.of() : List.copyOf(labelSources);
    }

    /** A label whose sources are not known. */
    public EventText(String label, Trigger trigger) {
        this(label, trigger, List.of());
    }
}
