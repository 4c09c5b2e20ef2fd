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
 * This is the one colour assignment: the window (timeline, overview, article list) and every picture (PNG, SVG,
 * the web page) take each event's colour and each legend line's name from it, so a source has one colour everywhere.
 */
public final class ArticleSeries implements ToIntFunction<MergedEvent> {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<Article> articles = new ArrayList<>();
    private final Map<Integer, String> names = new HashMap<>();
    private boolean perArticle = true;
    /** The words every article's file name holds (the story's, "bpoil"): never a source's name. */
    private java.util.Set<String> common = java.util.Set.of();

    public ArticleSeries(Collection<ArticleExtraction> extractions) {
        extractions.forEach(a -> add(a.article()));
        findCommonWords();
        if (articles.size() > SeriesPalette.distinct()) {
            byPublisher();
        }
        name();
    }

    private void byPublisher() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Article a : articles) {
            counts.merge(groupOf(a), 1, Integer::sum);
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort(java.util.Comparator.comparingInt((String g) -> counts.get(g)).reversed()); // stable: ties by first seen
        index.clear();
        perArticle = false;
        for (Article a : articles) {
            int rank = ranked.indexOf(groupOf(a));
            index.put(a.source(), Math.min(rank, SeriesPalette.distinct()));
        }
    }

    /**
     * The publisher, or the first word of letters in the file's name ("wsj_0568.txt": "wsj", "APW19980213.1320.tml":
     * "APW", "2009-03-02_H1N1_reuters_291.txt": "reuters", where the date and "H1N1" are no word of letters).
     */
    static String group(Article a) {
        return group(a, java.util.Set.of());
    }

    /** The group, the words every file of the story holds passed over ("bbc", not "bpoil", of "2010-04-20_bpoil_bbc_683.txt"). */
    static String group(Article a, java.util.Set<String> common) {
        if (a.publisher() != null && !a.publisher().isBlank()) {
            return a.publisher().strip();
        }
        String word = FileNameWord.of(a.source(), common);
        return word != null ? word : a.source().replaceAll(".*[/\\\\]", "");
    }

    private String groupOf(Article a) {
        return group(a, common);
    }

    /** Notes the words all the articles' file names hold, before the articles are grouped. */
    private void findCommonWords() {
        common = FileNameWord.common(articles.stream().map(Article::source).distinct().toList());
    }

    private ArticleSeries() {
    }

    /** The colours of articles in this order. */
    public static ArticleSeries ofArticles(List<Article> inOrder) {
        ArticleSeries s = new ArticleSeries();
        inOrder.forEach(s::add);
        s.findCommonWords();
        if (s.articles.size() > SeriesPalette.distinct()) {
            s.byPublisher();
        }
        s.name();
        return s;
    }

    /**
     * The colours of the articles an exported timeline's events are told by, when the reading's own order is not
     * known: in the order a folder is read (sorted by path), each article once.
     */
    public static ArticleSeries ofSources(Collection<Article> told) {
        Map<String, Article> bySource = new java.util.TreeMap<>(); // by path: as a folder is read
        told.forEach(a -> bySource.putIfAbsent(a.source(), a));
        return ofArticles(List.copyOf(bySource.values()));
    }

    /** Names each series for a legend: its article's source (or, two articles of one source apart, with the title), or its publisher. */
    private void name() {
        Map<Integer, List<Article>> bySeries = new java.util.TreeMap<>();
        for (Article a : articles) {
            bySeries.computeIfAbsent(of(a), k -> new ArrayList<>()).add(a);
        }
        Map<String, Integer> uses = new HashMap<>();
        Map<Integer, String> plain = new HashMap<>();
        for (Map.Entry<Integer, List<Article>> e : bySeries.entrySet()) {
            Article first = e.getValue().get(0);
            String name = perArticle ? sourceName(first, common) : groupOf(first);
            plain.put(e.getKey(), name);
            uses.merge(name, 1, Integer::sum);
        }
        for (Map.Entry<Integer, String> e : plain.entrySet()) {
            Article first = bySeries.get(e.getKey()).get(0);
            boolean shared = uses.get(e.getValue()) > 1 && first.title() != null && !first.title().isBlank()
                    && !first.displayTitle().equals(e.getValue());
            names.put(e.getKey(), shared ? e.getValue() + ", \u201c" + first.displayTitle() + "\u201d" : e.getValue());
        }
    }

    /**
     * The name of an article's source in a picture: the publisher, else the article's title, else the word of its
     * file's name that names the source ("reuters" for 2009-03-02_H1N1_reuters_291.txt), else the file's name.
     */
    public static String sourceName(Article a) {
        return sourceName(a, java.util.Set.of());
    }

    private static String sourceName(Article a, java.util.Set<String> common) {
        if (a.publisher() != null && !a.publisher().isBlank()) {
            return a.publisher().strip();
        }
        if (a.title() != null && !a.title().isBlank()) {
            return a.displayTitle();
        }
        String word = FileNameWord.of(a.source(), common);
        return word != null ? word : a.displayTitle();
    }

    /**
     * The name of an article's source in a picture's lines ({@link #sourceName}), a word every file's name holds
     * passed over ("bbc", not "bpoil", of "2010-04-20_bpoil_bbc_683.txt").
     */
    public String sourceNameOf(Article a) {
        return sourceName(a, common);
    }

    /** Whether each article has a colour of its own (no more articles than the palette tells apart), else each publisher. */
    public boolean perArticle() {
        return perArticle;
    }

    /**
     * What a legend calls a series: its article's source ("Foreign Affairs") when each article has a colour, its
     * publisher ("reuters") when each publisher has one; null for the grey past the palette, which several share.
     */
    public String name(int series) {
        return series >= SeriesPalette.distinct() ? null : names.get(series);
    }

    /** The name of the publisher or article an article's colour stands for, the grey's too ("reuters", "bbc"). */
    public String nameOf(Article a) {
        String n = name(of(a));
        return n != null ? n : perArticle ? sourceName(a, common) : groupOf(a);
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
