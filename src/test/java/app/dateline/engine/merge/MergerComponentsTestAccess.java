package app.dateline.engine.merge;

import app.dateline.engine.event.Event;
import java.util.List;
import java.util.Map;

/** {@link MergerComponentsTest}'s components and comparison, for the job's tests in another package. */
public final class MergerComponentsTestAccess {

    private MergerComponentsTestAccess() {
    }

    public static Map<String, String> components(List<Event> events, List<Merger.Candidate> candidates) {
        return MergerComponentsTest.components(events, candidates);
    }

    public static List<String> describe(List<MergedEvent> events) {
        return MergerComponentsTest.describe(events);
    }
}
