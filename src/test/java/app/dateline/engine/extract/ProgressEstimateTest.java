package app.dateline.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressEstimateTest {

    private final AtomicLong now = new AtomicLong();

    private void at(long millis) {
        now.set(Duration.ofMillis(millis).toNanos());
    }

    @Test
    void nothingIsToldInTheFirstMomentsThenTheRateGivesTheTimeLeft() {
        ProgressEstimate e = new ProgressEstimate(1_000, now::get);
        at(500);
        e.advance(100);
        assertThat(e.remaining()).isEmpty();
        at(2_000);
        e.advance(100); // 200 of 1000 in 2 s: 800 more take 8 s
        assertThat(e.fraction()).isEqualTo(0.2);
        assertThat(e.remaining()).hasValue(Duration.ofSeconds(8));
        assertThat(e.elapsed()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aFastStartFromTheCacheDoesNotMakeTheRestLookFast() {
        ProgressEstimate e = new ProgressEstimate(10_000, now::get);
        at(1_000);
        e.advance(5_000); // half the work from the cache in a second
        for (int s = 2; s <= 60; s++) {
            at(s * 1_000L);
            e.advance(50); // then 50 a second
        }
        // 10000 - 5000 - 59*50 = 2050 left at 50 a second: about 41 s, not the 12 s the average rate would say.
        assertThat(e.remaining().orElseThrow().toSeconds()).isBetween(38L, 44L);
    }

    @Test
    void doneMeansZeroLeftAndWorkNeverExceedsTheTotal() {
        ProgressEstimate e = new ProgressEstimate(100, now::get);
        at(3_000);
        e.advance(250);
        assertThat(e.fraction()).isEqualTo(1.0);
        assertThat(e.remaining()).hasValue(Duration.ZERO);
    }

    @Test
    void anEmptyJobIsDone() {
        assertThat(new ProgressEstimate(0, now::get).remaining()).hasValue(Duration.ZERO);
    }
}
