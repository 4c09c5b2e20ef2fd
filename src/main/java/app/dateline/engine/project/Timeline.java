package app.dateline.engine.project;

import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.rank.EventRanker;
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

    /**
     * The timeline of the {@code n} most important visible events (by {@link MergedEvent#importance()}), in the
     * same order; hidden events and those not on the timeline are left out, the unresolved corrections kept.
     */
    public Timeline top(int n) {
        return new Timeline(EventRanker.top(visible(), n), unresolved);
    }
}
