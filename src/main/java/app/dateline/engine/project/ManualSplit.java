package app.dateline.engine.project;

import java.util.List;
import java.util.function.UnaryOperator;

/** Sources the user took out of a merged event: none of {@code detached} may be merged with any of {@code rest}. */
public record ManualSplit(List<EventKey> detached, List<EventKey> rest) {

    public ManualSplit {
        detached = List.copyOf(detached);
        rest = List.copyOf(rest);
    }

    ManualSplit mapArticles(UnaryOperator<String> f) {
        return new ManualSplit(EventKey.mapArticles(detached, f), EventKey.mapArticles(rest, f));
    }
}
