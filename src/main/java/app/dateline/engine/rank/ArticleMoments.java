package app.dateline.engine.rank;

import app.dateline.engine.merge.MergedEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The moments pass ({@link Moments}) article by article, for a job that never holds all the events at once. An
 * event's moment is decided only by events that tell all of its articles (its heads), and theirs by events that
 * tell all of the heads' articles; so the events of any one of its articles decide it exactly as the pass over
 * the whole archive does. Each event is taken from the events of its first article ({@link #articles}).
 */
public final class ArticleMoments {

    private ArticleMoments() {
    }

    /**
     * The articles under which an event is grouped, sorted: those the pass reads it by. Empty for an event the
     * pass leaves alone (not dated to one day, no importance, or only stamped): it keeps its importance.
     */
    public static Set<String> articles(MergedEvent event) {
        return Moments.articles(event);
    }

    /**
     * The importance after the moments pass of each event of {@code events} (the ranked events that tell
     * {@code article}) whose first article is {@code article}, by event id, in the order of the ids.
     */
    public static Map<String, Double> importances(EventRanker ranker, String article, List<MergedEvent> events) {
        return decided(ranker, article, events, false);
    }

    /** The same for every one of the events, whatever its first article (to check that the articles agree). */
    static Map<String, Double> allImportances(EventRanker ranker, String article, List<MergedEvent> events) {
        return decided(ranker, article, events, true);
    }

    private static Map<String, Double> decided(EventRanker ranker, String article, List<MergedEvent> events, boolean all) {
        // the pass does not depend on the order of the events; sorted anyway, so that nothing depends on arrival
        List<MergedEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(MergedEvent::id));
        List<MergedEvent> discounted = ranker.discountMoments(sorted);
        Map<String, Double> out = new LinkedHashMap<>();
        for (MergedEvent m : discounted) {
            Set<String> own = articles(m);
            if (!own.contains(article)) {
                throw new IllegalArgumentException("event " + m.id() + " does not tell " + article);
            }
            if (all || own.iterator().next().equals(article)) {
                out.put(m.id(), m.importance());
            }
        }
        return out;
    }
}
