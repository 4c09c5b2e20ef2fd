package app.dateline.engine.merge;

import java.util.List;
import java.util.Set;

/**
 * The user's say over the merger, by event id: pairs that must be one event (merged by hand) and pairs that
 * must not (split by hand). A must-not wins over a must.
 */
public record MergeConstraints(List<Set<String>> together, List<Pair> apart) {

    public static final MergeConstraints NONE = new MergeConstraints(List.of(), List.of());

    /** Two event ids. */
    public record Pair(String a, String b) {
    }

    public MergeConstraints {
        together = together.stream().map(Set::copyOf).toList();
        apart = List.copyOf(apart);
    }
}
