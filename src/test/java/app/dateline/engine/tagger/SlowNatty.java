package app.dateline.engine.tagger;

import app.dateline.engine.rules.RuleSet;
import java.time.Duration;
import java.util.List;

/** Test fixture: a tagger whose Natty always takes longer than its limit, so the watchdog always steps in. */
public final class SlowNatty {

    private SlowNatty() {
    }

    /** Natty answers (with nothing) only after {@code delay}; the watchdog waits {@code limit}. */
    public static TemporalTagger tagger(Duration limit, Duration delay) {
        return new TemporalTagger(RuleSet.english(), () -> (sentence, reference) -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.<NattyCandidate>of();
        }, limit);
    }
}
