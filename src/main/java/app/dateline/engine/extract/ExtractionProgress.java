package app.dateline.engine.extract;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a run over many articles is.
 *
 * @param done      articles finished (read and tagged, from the cache, or skipped as unreadable)
 * @param total     articles to read
 * @param fromCache of those done, how many came from the cache
 * @param fraction  the share of the work done, from 0 to 1, by bytes (a long article moves it as it goes)
 * @param elapsed   time since the run started
 * @param remaining the estimated time left, or null while it cannot be told yet
 * @param finished  the file just finished, or null when this is progress inside a long article
 */
public record ExtractionProgress(int done, int total, int fromCache, double fraction, Duration elapsed,
                                 Duration remaining, String finished) {

    public Optional<Duration> timeLeft() {
        return Optional.ofNullable(remaining);
    }
}
