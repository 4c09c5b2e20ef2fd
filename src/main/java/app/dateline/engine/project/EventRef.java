package app.dateline.engine.project;

import app.dateline.engine.merge.MergedEvent;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An event on the timeline as the user saw it when making a correction: the keys of its sources. After a new
 * reading the correction goes to the event that holds most of them, so it survives sources joining or leaving.
 */
public record EventRef(List<EventKey> sources) {

    public EventRef {
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("an event reference needs at least one source");
        }
    }

    public static EventRef of(MergedEvent event) {
        return new EventRef(event.sources().stream().map(EventKey::of).toList());
    }

    public static EventRef of(EventKey key) {
        return new EventRef(List.of(key));
    }

    EventRef mapArticles(UnaryOperator<String> f) {
        return new EventRef(EventKey.mapArticles(sources, f));
    }

    String describe() {
        return sources.get(0).describe() + (sources.size() > 1 ? " and " + (sources.size() - 1) + " more" : "");
    }
}
