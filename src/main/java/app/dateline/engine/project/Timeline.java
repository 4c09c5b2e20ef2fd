package app.dateline.engine.project;

import app.dateline.engine.merge.MergedEvent;
import java.util.List;

/**
 * What the user sees: the merged events with the project's corrections in effect (hidden ones included,
 * marked), and the corrections that found no event this time.
 */
public record Timeline(List<MergedEvent> events, List<Unresolved> unresolved) {

    public Timeline {
        events = List.copyOf(events);
        unresolved = List.copyOf(unresolved);
    }

    /** The events to draw and publish: plottable and not hidden. */
    public List<MergedEvent> visible() {
        return events.stream().filter(e -> !e.hidden() && e.isPlottable()).toList();
    }
}
