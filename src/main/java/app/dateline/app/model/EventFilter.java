package app.dateline.app.model;

import app.dateline.engine.event.Event;
import app.dateline.engine.merge.MergedEvent;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * What the user chose to see: words to search for in an event's label or excerpt, articles to hide, and the
 * precisions to show. An event stays while one of its sources is in an article shown. The timeline, the overview and the event list all show the events its predicate keeps.
 */
public final class EventFilter {

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableSet<String> hiddenArticles = FXCollections.observableSet();
    private final ObservableSet<PrecisionClass> precisions = FXCollections.observableSet(EnumSet.allOf(PrecisionClass.class));
    private final ReadOnlyObjectWrapper<Predicate<MergedEvent>> predicate = new ReadOnlyObjectWrapper<>(this, "predicate", e -> true);

    public EventFilter() {
        query.addListener(o -> update());
        hiddenArticles.addListener((javafx.beans.InvalidationListener) o -> update());
        precisions.addListener((javafx.beans.InvalidationListener) o -> update());
    }

    private void update() {
        String[] words = words(query.get());
        Set<String> hidden = Set.copyOf(hiddenArticles);
        Set<PrecisionClass> shown = precisions.isEmpty() ? EnumSet.noneOf(PrecisionClass.class) : EnumSet.copyOf(precisions);
        boolean all = words.length == 0 && hidden.isEmpty() && shown.size() == PrecisionClass.values().length;
        predicate.set(all ? e -> true
                : e -> e.sources().stream().anyMatch(s -> !hidden.contains(s.article().source()))
                        && shown.contains(PrecisionClass.of(e)) && matches(e, words));
    }

    /**
     * Whether every word occurs in the event's label or in the excerpt or date phrase of one of its sources
     * (case-insensitive).
     */
    public static boolean matches(MergedEvent e, String[] words) {
        if (words.length == 0) {
            return true;
        }
        StringBuilder text = new StringBuilder(e.label());
        for (Event s : e.sources()) {
            text.append('\n').append(s.excerpt()).append('\n').append(s.mention().text());
        }
        String all = text.toString().toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!all.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The source of an event to show in its article: the first one in an article shown whose paragraph or date
     * phrase holds every search word, else the first one in an article shown, else the first one. A search for
     * "school" that kept "Virus emerged in Mexico" for one of its fourteen sources showed the first source's
     * article, on hand washing in Japan, with no school in it.
     */
    public Event sourceToShow(MergedEvent e) {
        String[] words = words(query.get());
        Event shownArticle = null;
        for (Event s : e.sources()) {
            if (hiddenArticles.contains(s.article().source())) {
                continue;
            }
            if (shownArticle == null) {
                shownArticle = s;
            }
            String text = (s.excerpt() + "\n" + s.mention().text()).toLowerCase(Locale.ROOT);
            if (java.util.Arrays.stream(words).allMatch(text::contains)) {
                return s;
            }
        }
        return shownArticle != null ? shownArticle : e.sources().get(0);
    }

    static String[] words(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return q.isEmpty() ? new String[0] : q.split("\\s+");
    }

    /** Shows everything again. */
    public void reset() {
        query.set("");
        hiddenArticles.clear();
        precisions.addAll(EnumSet.allOf(PrecisionClass.class));
    }

    /**
     * Shows every article and precision of newly read articles, keeping the words of the search: typed while they
     * were being read, they still stand when the reading ends (issue 12), and apply to what was read.
     */
    public void resetForNewArticles() {
        hiddenArticles.clear();
        precisions.addAll(EnumSet.allOf(PrecisionClass.class));
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The sources of the articles whose events are hidden. */
    public ObservableSet<String> hiddenArticles() {
        return hiddenArticles;
    }

    /** The precisions shown. */
    public ObservableSet<PrecisionClass> precisions() {
        return precisions;
    }

    public ReadOnlyObjectProperty<Predicate<MergedEvent>> predicateProperty() {
        return predicate.getReadOnlyProperty();
    }
}
