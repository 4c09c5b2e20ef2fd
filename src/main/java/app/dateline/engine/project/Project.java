package app.dateline.engine.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Everything the user made on top of the articles: which articles, and the corrections, hidden events,
 * added events and manual merges and splits. Immutable: every edit makes a new project, which is what undo
 * and redo keep. The articles themselves are never written to.
 *
 * @param corpus the article files and folders (absolute in memory)
 * @param view   free-form view state the app may keep (zoom, selection); may be empty. Articles it names are
 *               article paths like the corrections' (relative to the file's folder on disk): the value of an
 *               {@code "article"} key in it, and the strings of a list whose key ends in {@code "Articles"}
 */
public record Project(List<String> corpus, List<DateCorrection> dateCorrections, List<LabelCorrection> labelCorrections,
                      List<EventRef> hidden, List<AddedEvent> addedEvents, List<ManualMerge> merges,
                      List<ManualSplit> splits, Map<String, Object> view) {

    public Project {
        corpus = orEmpty(corpus);
        dateCorrections = orEmpty(dateCorrections);
        labelCorrections = orEmpty(labelCorrections);
        hidden = orEmpty(hidden);
        addedEvents = orEmpty(addedEvents);
        merges = orEmpty(merges);
        splits = orEmpty(splits);
        view = view == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(view));
    }

    public static Project of(List<String> corpus) {
        return new Project(corpus.stream().map(ArticlePaths::absolute).toList(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), Map.of());
    }

    /** True when the user has made nothing yet (not a field of the file: it was written as {@code "empty"}, now skipped). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return dateCorrections.isEmpty() && labelCorrections.isEmpty() && hidden.isEmpty() && addedEvents.isEmpty()
                && merges.isEmpty() && splits.isEmpty();
    }

    public Project withCorpus(List<String> paths) {
        return new Project(paths.stream().map(ArticlePaths::absolute).toList(), dateCorrections, labelCorrections, hidden,
                addedEvents, merges, splits, view);
    }

    /** The date correction for this event replaces any earlier one made on the same event. */
    public Project withDateCorrection(DateCorrection c) {
        return new Project(corpus, replace(dateCorrections, d -> d.event().equals(c.event()), c), labelCorrections, hidden,
                addedEvents, merges, splits, view);
    }

    public Project withLabelCorrection(LabelCorrection c) {
        return new Project(corpus, dateCorrections, replace(labelCorrections, l -> l.event().equals(c.event()), c), hidden,
                addedEvents, merges, splits, view);
    }

    public Project withHidden(EventRef event, boolean hide) {
        List<EventRef> h = new ArrayList<>(hidden);
        h.removeIf(r -> overlaps(r, event));
        if (hide) {
            h.add(event);
        }
        return new Project(corpus, dateCorrections, labelCorrections, h, addedEvents, merges, splits, view);
    }

    public Project withAddedEvent(AddedEvent a) {
        return new Project(corpus, dateCorrections, labelCorrections, hidden, replace(addedEvents, x -> x.id().equals(a.id()), a),
                merges, splits, view);
    }

    /** A manual merge; any earlier split that kept these sources apart is dropped. */
    public Project withMerge(ManualMerge m) {
        List<ManualSplit> s = new ArrayList<>(splits);
        s.removeIf(split -> separates(split, m.a(), m.b()));
        List<ManualMerge> ms = new ArrayList<>(merges);
        ms.add(m);
        return new Project(corpus, dateCorrections, labelCorrections, hidden, addedEvents, ms, s, view);
    }

    /** A manual split; any earlier merge that joined the detached sources to the rest is dropped. */
    public Project withSplit(ManualSplit split) {
        List<ManualMerge> ms = new ArrayList<>(merges);
        ms.removeIf(m -> separates(split, m.a(), m.b()));
        List<ManualSplit> s = new ArrayList<>(splits);
        s.add(split);
        return new Project(corpus, dateCorrections, labelCorrections, hidden, addedEvents, ms, s, view);
    }

    public Project withView(Map<String, Object> state) {
        return new Project(corpus, dateCorrections, labelCorrections, hidden, addedEvents, merges, splits, state);
    }

    /** The same project with every article path passed through {@code f} (to and from the file's relative form). */
    Project mapArticles(UnaryOperator<String> f) {
        return new Project(corpus.stream().map(f).toList(),
                dateCorrections.stream().map(c -> new DateCorrection(c.event().mapArticles(f), c.value(), c.mod())).toList(),
                labelCorrections.stream().map(c -> new LabelCorrection(c.event().mapArticles(f), c.label())).toList(),
                hidden.stream().map(r -> r.mapArticles(f)).toList(),
                addedEvents.stream().map(a -> a.withArticle(f.apply(a.article()))).toList(),
                merges.stream().map(m -> m.mapArticles(f)).toList(),
                splits.stream().map(s -> s.mapArticles(f)).toList(),
                mapViewArticles(view, f));
    }

    /** The view with the articles it names passed through {@code f}: an "article" value, a "…Articles" list's strings. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapViewArticles(Map<String, Object> view, UnaryOperator<String> f) {
        Map<String, Object> out = new LinkedHashMap<>();
        view.forEach((k, v) -> {
            if (k.equals("article") && v instanceof String a) {
                out.put(k, f.apply(a));
            } else if (k.endsWith("Articles") && v instanceof List<?> list) {
                out.put(k, list.stream().map(x -> x instanceof String a ? f.apply(a) : x).toList());
            } else if (v instanceof Map<?, ?> m && m.keySet().stream().allMatch(String.class::isInstance)) {
                out.put(k, mapViewArticles((Map<String, Object>) m, f));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    /** A list the file left out is empty; an entry in it that is null is damage. */
    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static <T> List<T> replace(List<T> list, Predicate<T> same, T item) {
        List<T> out = new ArrayList<>(list);
        out.removeIf(same);
        out.add(Objects.requireNonNull(item));
        return out;
    }

    private static boolean overlaps(EventRef a, EventRef b) {
        return a.sources().stream().anyMatch(b.sources()::contains);
    }

    private static boolean separates(ManualSplit split, List<EventKey> a, List<EventKey> b) {
        return (split.detached().stream().anyMatch(a::contains) && split.rest().stream().anyMatch(b::contains))
                || (split.detached().stream().anyMatch(b::contains) && split.rest().stream().anyMatch(a::contains));
    }
}
