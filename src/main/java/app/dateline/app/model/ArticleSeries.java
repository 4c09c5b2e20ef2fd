package app.dateline.app.model;

import app.dateline.app.format.FileNameWord;
import app.dateline.app.timeline.layout.SeriesPalette;
import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.extract.ArticleExtraction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * One colour index per source, so that the timeline, legend, list and article agree: per article, in the order
 * the articles were opened, while there are no more articles than the palette tells apart (twelve); past that,
 * per publisher (an article without one is grouped by the first word of letters in its file name: "wsj", "APW",
 * "reuters" in "2009-03-02_H1N1_reuters_291.txt"),
 * the publishers that tell most first, and the rest share the palette's grey ({@link SeriesPalette#OTHER}).
 */
public final class ArticleSeries implements ToIntFunction<MergedEvent> {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<Article> articles = new ArrayList<>();

    public ArticleSeries(Collection<ArticleExtraction> extractions) {
        extractions.forEach(a -> add(a.article()));
        if (articles.size() > SeriesPalette.distinct()) {
            byPublisher();
        }
    }

    private void byPublisher() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Article a : articles) {
            counts.merge(group(a), 1, Integer::sum);
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort(java.util.Comparator.comparingInt((String g) -> counts.get(g)).reversed()); // stable: ties by first seen
        index.clear();
        for (Article a : articles) {
            int rank = ranked.indexOf(group(a));
            index.put(a.source(), Math.min(rank, SeriesPalette.distinct()));
        }
    }

    /**
     * The publisher, or the first word of letters in the file's name ("wsj_0568.txt": "wsj", "APW19980213.1320.tml":
     * "APW", "2009-03-02_H1N1_reuters_291.txt": "reuters", where the date and "H1N1" are no word of letters).
     */
    static String group(Article a) {
        if (a.publisher() != null && !a.publisher().isBlank()) {
            return a.publisher().strip();
        }
        String word = FileNameWord.of(a.source());
        return word != null ? word : a.source().replaceAll(".*[/\\\\]", "");
    }

    private ArticleSeries() {
    }

    /** The colours of articles in this order. */
    public static ArticleSeries ofArticles(List<Article> inOrder) {
        ArticleSeries s = new ArticleSeries();
        inOrder.forEach(s::add);
        if (s.articles.size() > SeriesPalette.distinct()) {
            s.byPublisher();
        }
        return s;
    }

    private void add(Article a) {
        index.putIfAbsent(a.source(), articles.size());
        articles.add(a);
    }

    @Override
    public int applyAsInt(MergedEvent e) {
        return of(e.sources().get(0).article()); // the article it was first told in
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
