package app.dateline.engine.merge;

import app.dateline.engine.event.Event;
import java.util.Set;

/**
 * Why two events were or were not merged: how their dates stand, how similar their sentences are, the
 * similarity that relation asks for, and the names their paragraphs share (they must share two, or one when their event words agree). For tuning
 * and for telling the user.
 */
public record PairScore(Event a, Event b, DateRelation relation, double similarity, double threshold,
                        Set<String> sharedNames) {

    public boolean passes() {
        return similarity >= threshold && !sharedNames.isEmpty();
    }
}
