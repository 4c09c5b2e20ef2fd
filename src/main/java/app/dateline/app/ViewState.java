package app.dateline.app;

import app.dateline.app.model.EventFilter;
import app.dateline.app.model.PrecisionClass;
import app.dateline.app.model.Workspace;
import app.dateline.app.timeline.TimelineView;
import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import app.dateline.engine.project.ArticlePaths;
import java.util.Set;

/**
 * The view of a corpus, kept in its project file's {@code view} section ({@code Project.withView}) and put
 * back when the corpus is opened again: the visible range of the timeline, the selected event, the search
 * words, the hidden articles, the precisions shown and the key-events setting (all, or the top N). Values it does not know (a later version's, or
 * hand-edited nonsense) are ignored, never an error.
 */
final class ViewState {

    private final Workspace workspace;
    private final TimelineView timeline;

    ViewState(Workspace workspace, TimelineView timeline) {
        this.workspace = workspace;
        this.timeline = timeline;
    }

    /** The view now, as plain values for the project file. */
    Map<String, Object> capture() {
        Map<String, Object> v = new LinkedHashMap<>();
        if (!workspace.events().isEmpty()) {
            v.put("visibleStart", timeline.getVisibleStart());
            v.put("visibleEnd", timeline.getVisibleEnd());
        }
        EventFilter f = workspace.filter();
        v.put("query", f.queryProperty().get() == null ? "" : f.queryProperty().get());
        // articles as the project keeps them (absolute here, relative to the project's folder in its file)
        v.put("hiddenArticles", f.hiddenArticles().stream().sorted().map(ArticlePaths::absolute).toList());
        v.put("precisions", f.precisions().stream().sorted().map(Enum::name).toList());
        v.put("keyEvents", workspace.topProperty().get());
        MergedEvent event = workspace.getSelected();
        if (event != null) {
            Event selected = event.sources().get(0);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("article", ArticlePaths.absolute(selected.article().source()));
            s.put("begin", selected.mention().begin());
            s.put("text", selected.mention().text());
            v.put("selected", s);
        }
        return v;
    }

    /** Puts back a captured view; what no longer applies (an event gone, an article gone) is left out. */
    void restore(Map<String, Object> v) {
        if (v == null || v.isEmpty()) {
            return;
        }
        EventFilter f = workspace.filter();
        if (v.get("keyEvents") instanceof Number top && top.intValue() >= 0) {
            workspace.topProperty().set(top.intValue());
        }
        if (v.get("query") instanceof String q) {
            f.queryProperty().set(q);
        }
        if (v.get("hiddenArticles") instanceof List<?> hidden) {
            Map<String, String> present = new java.util.HashMap<>(); // by the project's form of the path
            workspace.articles().forEach(a -> present.put(ArticlePaths.absolute(a.article().source()), a.article().source()));
            f.hiddenArticles().clear();
            hidden.stream().filter(h -> h instanceof String s && present.containsKey(ArticlePaths.absolute(s)))
                    .forEach(h -> f.hiddenArticles().add(present.get(ArticlePaths.absolute((String) h))));
        }
        if (v.get("precisions") instanceof List<?> names) {
            EnumSet<PrecisionClass> chosen = EnumSet.noneOf(PrecisionClass.class);
            for (Object n : names) {
                for (PrecisionClass p : PrecisionClass.values()) {
                    if (p.name().equals(n)) {
                        chosen.add(p);
                    }
                }
            }
            f.precisions().retainAll(chosen);
            f.precisions().addAll(chosen);
        }
        // after what a new query does once the views have its matches (select the first, bring it into view)
        javafx.application.Platform.runLater(() -> {
            if (v.get("selected") instanceof Map<?, ?> s && s.get("article") instanceof String article
                    && s.get("begin") instanceof Number begin) {
                List<MergedEvent> found = new ArrayList<>();
                for (MergedEvent m : workspace.shownEvents()) {
                    for (Event e : m.sources()) {
                        if (ArticlePaths.absolute(e.article().source()).equals(ArticlePaths.absolute(article))
                                && e.mention().begin() == begin.intValue()) {
                            found.add(m);
                        }
                    }
                }
                if (!found.isEmpty()) {
                    workspace.setSelected(found.get(0));
                }
            }
            if (v.get("visibleStart") instanceof Number from && v.get("visibleEnd") instanceof Number to
                    && Double.isFinite(from.doubleValue()) && to.doubleValue() > from.doubleValue()) {
                timeline.setVisibleRange(from.doubleValue(), to.doubleValue());
            }
        });
    }
}
