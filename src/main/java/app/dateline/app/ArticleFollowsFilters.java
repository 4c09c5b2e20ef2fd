package app.dateline.app;

import app.dateline.app.article.ArticleView;
import app.dateline.app.model.Workspace;
import app.dateline.engine.article.Article;
import app.dateline.engine.event.Event;
import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.merge.MergedEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.collections.ListChangeListener;

/**
 * Keeps the article pane on what the filters show. When a filter hides the event whose phrase the pane marks,
 * the pane moves to the next date of the same article that is still shown (selecting its event), or, when the
 * filters hide them all, shows no article and says so, instead of marking an event the timeline no longer has.
 */
final class ArticleFollowsFilters {

    static final String ALL_HIDDEN = "The filters hide the selected event and the other dates of its article. "
            + "Select an event to see its article.";

    private final Workspace workspace;
    private final ArticleView article;
    private final ToIntFunction<Article> series;
    /** The article the pane said the filters hide, while it says so; null otherwise. */
    private ArticleExtraction hiddenArticle;

    private ArticleFollowsFilters(Workspace workspace, ArticleView article, ToIntFunction<Article> series) {
        this.workspace = workspace;
        this.article = article;
        this.series = series;
    }

    static void install(Workspace workspace, ArticleView article, ToIntFunction<Article> series) {
        ArticleFollowsFilters f = new ArticleFollowsFilters(workspace, article, series);
        workspace.shownEvents().addListener((ListChangeListener<MergedEvent>) c -> f.follow());
    }

    private void follow() {
        Event marked = article.selectedEvent();
        ArticleExtraction shown = article.article();
        if (marked == null && hiddenArticle != null) {
            sayNoLongerHidden();
            return;
        }
        if (marked == null || shown == null || isShown(marked)) {
            return;
        }
        Event next = nextShown(shown, marked);
        if (next == null) {
            article.clear(ALL_HIDDEN);
            hiddenArticle = shown;
            return;
        }
        workspace.setSelected(workspace.eventOf(next)); // the detail pane and the timeline follow
        article.show(shown, next, series); // in this article, even when the event was first told in another
    }

    /**
     * Once the filters show a date of the article they hid again (or the pane shows something else), the pane stops
     * saying that they hide it: its words were about a filter the reader has since loosened.
     */
    private void sayNoLongerHidden() {
        if (!ALL_HIDDEN.equals(article.placeholderText())) {
            hiddenArticle = null;
        } else if (hiddenArticle.events().stream().anyMatch(this::isShown)) {
            hiddenArticle = null;
            article.show(null, null, series);
        }
    }

    private boolean isShown(Event mention) {
        MergedEvent m = workspace.eventOf(mention);
        return m != null && workspace.shownEvents().contains(m);
    }

    /** The first date phrase after {@code from} in the text (then from the top) whose event is shown. */
    private Event nextShown(ArticleExtraction a, Event from) {
        List<Event> inText = new ArrayList<>(a.events());
        inText.sort(Comparator.comparingInt(e -> e.mention().begin()));
        int at = Math.max(0, inText.indexOf(from));
        for (int k = 1; k <= inText.size(); k++) {
            Event e = inText.get((at + k) % inText.size());
            if (isShown(e)) {
                return e;
            }
        }
        return null;
    }
}
