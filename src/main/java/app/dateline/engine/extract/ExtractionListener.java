package app.dateline.engine.extract;

/** Hears about progress while many articles are read. Called from worker threads. */
public interface ExtractionListener {

    ExtractionListener NONE = (done, total, article) -> { };

    /** {@code done} of {@code total} articles are finished; {@code article} is the last one (may be null). */
    void progress(int done, int total, ArticleExtraction article);
}
