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
        return new ManualMerge(a.stream().map(k -> k.withArticle(f.apply(k.article()))).toList(),
                b.stream().map(k -> k.withArticle(f.apply(k.article()))).toList());
    }
}
