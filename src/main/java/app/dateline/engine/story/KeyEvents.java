package app.dateline.engine.story;

import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.merge.Tokenizer;
import app.dateline.engine.rank.Retellings;
import app.dateline.engine.timex.Granularity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which events matter most: every view that shows "the top N" (the window's key-events control, {@code export
 * --top}, the pictures' key events) ranks through {@link #importance}, so changing the model is one line here.
 */
public final class KeyEvents {

    private static final Retellings RETELLINGS = new Retellings(new Tokenizer());

    private KeyEvents() {
    }

    /** How central an event is to the story, higher first: the engine's ranking ({@code engine.rank.EventRanker}). */
    public static double importance(MergedEvent e) {
        return e.importance();
    }

    /**
     * The events from most to least important; ties go to the more precise date, then to the earlier in order. An
     * event that retells the happening of a more important one on the same day comes after all first tellings
     * ({@link Retellings}): a top N shows N happenings, not one happening twice.
     */
    public static List<MergedEvent> ranked(List<MergedEvent> events) {
        List<MergedEvent> ranked = new ArrayList<>(events);
        ranked.sort(Comparator.comparingDouble(KeyEvents::importance).reversed()
                .thenComparing(Comparator.comparingInt(MergedEvent::sourceCount).reversed())
                .thenComparingInt(e -> precisionRank(e.date().granularity()))); // a stable sort keeps the order
        return RETELLINGS.firstTellingsFirst(ranked);
    }

    /** The {@code n} most important events, in their original order; all of them when {@code n <= 0}. */
    public static List<MergedEvent> top(List<MergedEvent> events, int n) {
        if (n <= 0 || n >= events.size()) {
            return List.copyOf(events);
        }
        Set<String> keep = new HashSet<>();
        ranked(events).stream().limit(n).forEach(e -> keep.add(e.id()));
        return events.stream().filter(e -> keep.contains(e.id())).toList();
    }

    private static int precisionRank(Granularity g) {
        return switch (g) {
            case TIME, DAY -> 0;
            case WEEK -> 1;
            case MONTH -> 2;
            case SEASON, QUARTER, HALF_YEAR -> 3;
            case YEAR -> 4;
            default -> 5;
        };
    }
}
