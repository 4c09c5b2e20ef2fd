package app.dateline.app.model;

import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.ReadProblem;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.project.Timeline;
import app.dateline.engine.story.KeyEvents;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * What the window shows: the articles read, all their events, the ones the filter keeps, the selected event
 * and the problems met while reading. Every view binds to this; none talks to another directly.
 */
public final class Workspace {

    private final ObservableList<ArticleExtraction> articles = FXCollections.observableArrayList();
    private final ObservableList<MergedEvent> events = FXCollections.observableArrayList();
    private final FilteredList<MergedEvent> shown = new FilteredList<>(events);
    private final ObservableList<ReadProblem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<MergedEvent> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<ArticleSeries> series = new ReadOnlyObjectWrapper<>(this, "series", new ArticleSeries(List.of()));
    private final ObjectProperty<List<Path>> sources = new SimpleObjectProperty<>(this, "sources", List.of());
    private final EventFilter filter = new EventFilter();
    private final Map<String, ArticleExtraction> bySource = new HashMap<>();
    /** The shown event each source mention belongs to, by the mention's id. */
    private final Map<String, MergedEvent> bySourceId = new HashMap<>();
    private CorpusExtraction reading;
    private final IntegerProperty top = new SimpleIntegerProperty(this, "top", 0);
    private Timeline timeline = new Timeline(List.of(), List.of());
    private Set<String> topIds;

    public Workspace() {
        top.addListener(o -> rank()); // before the predicate below is recomputed
        filter.predicateProperty().addListener(o -> rank()); // the top N of what the other filters let through
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            Predicate<MergedEvent> keep = filter.predicateProperty().get();
            return top.get() <= 0 ? keep : keep.and(e -> topIds == null || topIds.contains(e.id()));
        }, filter.predicateProperty(), top));
        shown.predicateProperty().addListener(o -> {
            MergedEvent e = selected.get();
            if (e != null && !shown.getPredicate().test(e)) {
                selected.set(null);
            }
        });
    }

    /**
     * Keeps the ids of the {@link #topProperty() top} events among those the other filters let through (null: all
     * are kept): "Top 10" with months unticked is the ten most important events dated more precisely.
     */
    private void rank() {
        int n = top.get();
        Predicate<MergedEvent> keep = filter.predicateProperty().get();
        topIds = n <= 0 ? null : KeyEvents.top(timeline.visible().stream().filter(keep).toList(), n).stream().map(MergedEvent::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * How many of the most important events the views show (the key-events control); 0 for all of them: the most
     * important of those the other filters (articles, search, precision) let through. The timeline, the list and
     * the exports follow it, as they follow the filters.
     */
    public IntegerProperty topProperty() {
        return top;
    }

    /** Replaces what is shown with a new reading and its merged events. */
    public void load(List<Path> paths, CorpusExtraction reading, Timeline timeline) {
        selected.set(null);
        filter.resetForNewArticles();
        bySource.clear();
        for (ArticleExtraction a : reading.articles()) {
            bySource.put(a.article().source(), a);
        }
        series.set(new ArticleSeries(reading.articles())); // before the events, so they are coloured right
        articles.setAll(reading.articles());
        this.reading = reading;
        this.timeline = timeline;
        rank();
        events.setAll(visible(timeline));
        problems.setAll(reading.problems());
        sources.set(List.copyOf(paths));
    }

    /** Shows the merged events of a timeline rebuilt after a correction, keeping the selection where it can. */
    public void show(Timeline timeline) {
        MergedEvent was = selected.get();
        this.timeline = timeline;
        rank();
        events.setAll(visible(timeline));
        MergedEvent again = was == null ? null : eventOf(was.sources().get(0));
        // when the selected event is gone (hidden) and a view moved the selection on while the events changed (the
        // article pane to the next shown date of its article), that selection stays: the panes agree on it
        if (again != null || selected.get() == was) {
            selected.set(again);
        }
    }

    /** The events not hidden, in the timeline's order; notes which one each source mention belongs to. */
    private List<MergedEvent> visible(Timeline timeline) {
        bySourceId.clear();
        List<MergedEvent> visible = new java.util.ArrayList<>();
        for (MergedEvent m : timeline.events()) {
            if (!m.hidden()) {
                visible.add(m);
                m.sources().forEach(s -> bySourceId.put(s.id(), m));
            }
        }
        return visible;
    }

    /** The reading shown, or null before the first. */
    public CorpusExtraction reading() {
        return reading;
    }

    /**
     * The event a mention of an article tells (the article view shows mentions, the timeline their merged
     * events), or null when that event is hidden.
     */
    public MergedEvent eventOf(Event mention) {
        return mention == null ? null : bySourceId.get(mention.id());
    }

    public ArticleExtraction extractionOf(Article a) {
        return a == null ? null : bySource.get(a.source());
    }

    public ObservableList<ArticleExtraction> articles() {
        return articles;
    }

    /** Every merged event not hidden, plotted or not. */
    public ObservableList<MergedEvent> events() {
        return events;
    }

    /** The events the filter keeps. */
    public FilteredList<MergedEvent> shownEvents() {
        return shown;
    }

    public ObservableList<ReadProblem> problems() {
        return problems;
    }

    public ObjectProperty<MergedEvent> selectedProperty() {
        return selected;
    }

    public MergedEvent getSelected() {
        return selected.get();
    }

    public void setSelected(MergedEvent e) {
        selected.set(e);
    }

    public ReadOnlyObjectProperty<ArticleSeries> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    public ArticleSeries getSeries() {
        return series.get();
    }

    /** The folders and files the shown articles were read from. */
    public ObjectProperty<List<Path>> sourcesProperty() {
        return sources;
    }

    public EventFilter filter() {
        return filter;
    }
}
