package app.dateline.cli;

import app.dateline.engine.extract.ArticleExtraction;
import app.dateline.engine.extract.ExtractionListener;
import app.dateline.engine.extract.ExtractionProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** {@code --progress}: one line on stderr, rewritten at most a few times a second. */
final class ProgressLine implements ExtractionListener {

    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintStream err;
    private long last;
    private boolean shown;

    ProgressLine(PrintStream err) {
        this.err = err;
    }

    @Override
    public void progress(int done, int total, ArticleExtraction article) {
        // everything is in onProgress
    }

    @Override
    public void onProgress(ExtractionProgress p, ArticleExtraction article) {
        long now = System.nanoTime();
        if (p.done() < p.total() && now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        shown = true;
        String left = p.timeLeft().map(ProgressLine::clock).orElse("--:--");
        err.printf(Locale.ROOT, "\r%d/%d articles (%d from the cache), %.0f%%, %s left   ",
                p.done(), p.total(), p.fromCache(), p.fraction() * 100, left);
        err.flush();
    }

    /** Ends the progress line so that what follows starts on a line of its own. */
    void end() {
        if (shown) {
            err.println();
            shown = false;
        }
    }

    static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
