package app.dateline.engine.story;

import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.ExtractionListener;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.merge.MergeCache;
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
    private final Merger merger;

    /** Reads with the user's caches: the extractor's, and the merger's grouping ({@link MergeCache#forUser()}). */
    public StoryReader(Extractor extractor) {
        this(extractor, new Merger().withCache(MergeCache.forUser()));
    }

    public StoryReader(Extractor extractor, Merger merger) {
        this.extractor = extractor;
        this.merger = merger;
    }

    public Story read(List<Path> paths, Project project) {
        return read(paths, project, (done, total, article) -> { }, () -> false);
    }

    /** Reads with progress; a reading stopped early keeps what was read, unmerged (the user wants it at once). */
    public Story read(List<Path> paths, Project project, ExtractionListener listener, BooleanSupplier stop) {
        CorpusExtraction reading = extractor.extract(paths, listener, stop);
        return assemble(reading, project, stop.getAsBoolean(), merger);
    }

    /**
     * The timeline of a {@code dateline-events} file (a story the archive job wrote, an {@code export --format
     * json}) whose articles need not be on this machine: its articles rebuilt from the file, its merging kept (as
     * merges by hand, which the project's splits still part), nothing merged again. The window (File > Open
     * Timeline…) and the commands open such a file through here.
     */
    public static Story open(StoryFile file, Project project) {
        return new Story(file.reading(), project, builderFor(file).build(file.reading(), project), false);
    }

    /**
     * What builds (and, after a correction, rebuilds) a story file's timeline: its merging kept, nothing merged again,
     * and its events' labels and summaries as the file has them.
     */
    public static TimelineBuilder builderFor(StoryFile file) {
        return new TimelineBuilder(Merger.none(), file.groups(), file.texts());
    }

    /** The timeline of a reading already made, merged with no cache. */
    public static Story assemble(CorpusExtraction reading, Project project, boolean stopped) {
        return assemble(reading, project, stopped, new Merger());
    }

    private static Story assemble(CorpusExtraction reading, Project project, boolean stopped, Merger merger) {
        // after a Cancel the user wants the window back at once: what was read, unmerged and unranked
        Timeline timeline = (stopped ? TimelineBuilder.unmergedUnranked() : new TimelineBuilder(merger)).build(reading, project);
        return new Story(reading, project, timeline, stopped);
    }
}
