package app.dateline.engine.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dateline.engine.article.Article;
import app.dateline.engine.article.DateOrigin;
import app.dateline.engine.rules.RuleSet;
import app.dateline.engine.text.Segmenter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A sentence Natty takes too long on is skipped with a warning; it never blocks the run. */
class NattyWatchdogTest {

    private static final LocalDate DCT = LocalDate.of(2024, 3, 5);

    /** A parser that never answers "stuck" sentences (until released) and answers others at once. */
    private static NattyWatchdog.Call stuckOn(String word, CountDownLatch release) {
        return (sentence, reference) -> {
            if (sentence.contains(word)) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.of(new NattyCandidate(0, 1, "UNDEF-weekday-1", "(tree)"));
        };
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aStuckCallIsAbandonedAfterTheLimitAndTheNextCallGetsAFreshParser() {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger parsers = new AtomicInteger();
        NattyWatchdog watchdog = new NattyWatchdog(() -> {
            parsers.incrementAndGet();
            return stuckOn("stuck", release);
        }, Duration.ofMillis(100));
        assertThat(watchdog.parse("fine", DCT).timedOut()).isFalse();
        NattyWatchdog.Result slow = watchdog.parse("stuck for ever", DCT);
        assertThat(slow.timedOut()).isTrue();
        assertThat(slow.candidates()).isEmpty();
        NattyWatchdog.Result after = watchdog.parse("fine again", DCT);
        assertThat(after.timedOut()).isFalse();
        assertThat(after.candidates()).hasSize(1);
        assertThat(parsers.get()).isEqualTo(2);
        release.countDown();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void anInterruptedCallerIsToldItWasCancelled() {
        CountDownLatch release = new CountDownLatch(1);
        NattyWatchdog watchdog = new NattyWatchdog(() -> stuckOn("stuck", release), Duration.ofSeconds(20));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> watchdog.parse("stuck", DCT)).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
            release.countDown();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theTaggerSkipsSlowSentencesWithAWarningThenStopsAskingNatty() {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        TemporalTagger tagger = new TemporalTagger(RuleSet.english(), () -> (sentence, reference) -> {
            calls.incrementAndGet();
            return stuckOn("p.m.", release).parse(sentence, reference);
        }, Duration.ofMillis(100));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            text.append("The envoys met at 5 p.m. in Doha in August 2021. ");
        }
        Article article = new Article("slow.txt", null, null, DCT, DateOrigin.GIVEN, text.toString(), List.of());
        List<String> slow = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<Mention> mentions = tagger.tag(article, new Segmenter().segment(text.toString()), new TaggingWarnings() {
            @Override
            public void warn(String message) {
                other.add(message);
            }

            @Override
            public void tooSlow(String message) {
                slow.add(message);
            }
        });
        release.countDown();
        // The rules still read every sentence; Natty is asked about three, then left alone.
        assertThat(mentions).extracting(Mention::text).containsExactly("August 2021", "August 2021", "August 2021",
                "August 2021", "August 2021", "August 2021");
        assertThat(calls.get()).isEqualTo(TemporalTagger.MAX_NATTY_TIMEOUTS);
        assertThat(slow).hasSize(3).allSatisfy(w -> assertThat(w).startsWith("the sentence at characters ")
                .contains("took the date parser Natty over 100 ms; only the rules read it"));
        assertThat(slow.get(2)).contains("Natty is off for the rest of this article");
        assertThat(other).isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void nattysOwnSlowInputNeverReachesIt() {
        // Natty is superlinear on lists of numbers: given whole, this sentence (under the 1,000-character cap)
        // takes it seconds. It gets only a short piece around "noon", reads it, and nothing is too slow.
        String sentence = "The scores at noon were " + "1, ".repeat(300) + "in all.";
        List<Integer> given = new CopyOnWriteArrayList<>();
        NattyParser real = new NattyParser(word -> true);
        TemporalTagger tagger = new TemporalTagger(RuleSet.english(), () -> (piece, reference) -> {
            given.add(piece.length());
            return real.parse(piece, reference);
        }, Duration.ofSeconds(20));
        Article article = new Article("scores.txt", null, null, DCT, DateOrigin.GIVEN, sentence, List.of());
        List<String> slow = new ArrayList<>();
        List<Mention> mentions = tagger.tag(article, new Segmenter().segment(sentence), new TaggingWarnings() {
            @Override
            public void warn(String message) {
            }

            @Override
            public void tooSlow(String message) {
                slow.add(message);
            }
        });
        assertThat(slow).isEmpty();
        assertThat(given).isNotEmpty().allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2 * NattyPieces.MAX_CHARS));
        assertThat(mentions).extracting(Mention::text).containsExactly("noon");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aCallThatWorksPastTheLimitIsCutShortByItsCpuTime() {
        // A call that keeps the CPU busy is stopped by the work it has done, not by the clock.
        NattyWatchdog watchdog = new NattyWatchdog(() -> (sentence, reference) -> {
            long x = 0;
            while (!Thread.currentThread().isInterrupted() && x >= 0) {
                x += sentence.hashCode() | 1;
            }
            return List.of();
        }, Duration.ofMillis(200));
        assertThat(watchdog.parse("busy", DCT).timedOut()).isTrue();
    }
}
