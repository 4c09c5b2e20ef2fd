package app.dateline.cli;

import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.ExtractionListener;
import app.dateline.engine.extract.ExtractionProgress;
import java.time.Duration;

/**
 * {@code bench-corpus}: counts progress calls and the longest silence between them (how often a window would hear
 * news), and the time left the progress told at a quarter of the work.
 */
final class ProgressTicks implements ExtractionListener {

    private int calls;
    private long last = System.nanoTime();
    private long longest;
    private Duration estimateAtQuarter;
    private long quarterAt;

    @Override
    public void progress(int done, int total, ArticleExtraction article) {
    }

    @Override
    public void onProgress(ExtractionProgress p, ArticleExtraction article) {
        long now = System.nanoTime();
        longest = Math.max(longest, now - last);
        last = now;
        calls++;
        if (quarterAt == 0 && p.fraction() >= 0.25) {
            quarterAt = now;
            estimateAtQuarter = p.remaining();
        }
    }

    int calls() {
        return calls;
    }

    long longestGapMillis() {
        return longest / 1_000_000;
    }

    /** The time left told when a quarter was done, or null before then. */
    Duration estimateAtQuarter() {
        return estimateAtQuarter;
    }

    /** {@link System#nanoTime()} when a quarter was done, or 0 before then. */
    long quarterAt() {
        return quarterAt;
    }
}
