package app.dateline.engine.extract;

/**
 * Hears about a run over many articles. Called from worker threads, one call at a time and in order (a
 * later call never reports fewer articles done): keep it quick, e.g. hand the figures to the UI thread.
 */
public interface ExtractionListener {

    ExtractionListener NONE = (done, total, article) -> { };

    /**
     * {@code done} of {@code total} articles are finished; {@code article} is the last one, or null when
     * it could not be read.
     */
    void progress(int done, int total, ArticleExtraction article);

    /**
     * Progress with the time left: after every article as {@link #progress(int, int, ArticleExtraction)},
     * and also while a long article is tagged ({@code progress.finished()} is then null). By default it
     * passes finished articles on to {@link #progress(int, int, ArticleExtraction)}.
     */
    default void onProgress(ExtractionProgress progress, ArticleExtraction article) {
        if (progress.finished() != null) {
            progress(progress.done(), progress.total(), article);
        }
    }

    /** A file that cannot be read, or was read with a warning, as soon as it is known. */
    default void problem(ReadProblem problem) {
    }
}
