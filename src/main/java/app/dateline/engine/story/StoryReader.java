package app.dateline.engine.story;

import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.ExtractionListener;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.merge.Merger;
import app.dateline.engine.project.Project;
import app.dateline.engine.project.Timeline;
import app.dateline.engine.project.TimelineBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The one way from a corpus to its timeline: read the articles, add the project's events, merge the mentions
 * of one event, apply the project's corrections. The window, {@code export} and {@code export-png} all read
 * through here, so they show the same events.
 */
public final class StoryReader {

    private final Extractor extractor;

    public StoryReader(Extractor extractor) {
        this.extractor = extractor;
    }

    public Story read(List<Path> paths, Project project) {
        return read(paths, project, (done, total, article) -> { }, () -> false);
    }

    /** Reads with progress; a reading stopped early keeps what was read, unmerged (the user wants it at once). */
    public Story read(List<Path> paths, Project project, ExtractionListener listener, BooleanSupplier stop) {
        CorpusExtraction reading = extractor.extract(paths, listener, stop);
        return assemble(reading, project, stop.getAsBoolean());
    }

    /** The timeline of a reading already made. */
    public static Story assemble(CorpusExtraction reading, Project project, boolean stopped) {
        Timeline timeline = new TimelineBuilder(stopped ? Merger.none() : new Merger()).build(reading, project);
        return new Story(reading, project, timeline, stopped);
    }
}
