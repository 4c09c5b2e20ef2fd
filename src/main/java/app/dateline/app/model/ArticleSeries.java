package app.dateline.app.model;

import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** One colour index per article, in the order the articles were opened: the timeline, legend and list agree. */
public final class ArticleSeries implements ToIntFunction<Event> {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<Article> articles = new ArrayList<>();

    public ArticleSeries(Collection<ArticleExtraction> extractions) {
        extractions.forEach(a -> add(a.article()));
    }

    private ArticleSeries() {
    }

    /** The colours of articles in this order. */
    public static ArticleSeries ofArticles(List<Article> inOrder) {
        ArticleSeries s = new ArticleSeries();
        inOrder.forEach(s::add);
        return s;
    }

    private void add(Article a) {
        index.putIfAbsent(a.source(), articles.size());
        articles.add(a);
    }

    @Override
    public int applyAsInt(Event e) {
        return of(e.article());
    }

    public int of(Article a) {
        return index.getOrDefault(a.source(), 0);
    }

    /** A legend of the articles that have events among {@code events}, each with its count. */
    public List<LegendEntry> legend(Collection<Event> events) {
        Map<String, Integer> counts = new HashMap<>();
        for (Event e : events) {
            if (e.isPlottable()) {
                counts.merge(e.article().source(), 1, Integer::sum);
            }
        }
        List<LegendEntry> legend = new ArrayList<>();
        for (Article a : articles) {
            Integer n = counts.get(a.source());
            if (n != null) {
                legend.add(new LegendEntry(of(a), a.displayTitle(), describe(a), n));
            }
        }
        return legend;
    }

    /** "Foreign Affairs, 2024-03-05". */
    public static String describe(Article a) {
        StringBuilder b = new StringBuilder();
        if (a.publisher() != null && !a.publisher().isBlank()) {
            b.append(a.publisher());
        }
        if (a.published() != null) {
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(a.published());
        }
        return b.toString();
    }
}
