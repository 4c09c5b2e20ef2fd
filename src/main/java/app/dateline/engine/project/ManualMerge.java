package app.dateline.engine.project;

import java.util.List;
import java.util.function.UnaryOperator;

/** Two events the user merged by hand, each by the keys of its sources at the time. */
public record ManualMerge(List<EventKey> a, List<EventKey> b) {

    public ManualMerge {
        a = List.copyOf(a);
        b = List.copyOf(b);
    }

    ManualMerge mapArticles(UnaryOperator<String> f) {
        return new ManualMerge(EventKey.mapArticles(a, f), EventKey.mapArticles(b, f));
    }
}
