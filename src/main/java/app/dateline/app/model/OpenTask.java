package app.dateline.app.model;

import app.dateline.engine.extract.CorpusExtraction;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.story.Story;
import app.dateline.engine.story.StoryReader;
import app.dateline.engine.story.StoryFile;
import app.dateline.engine.project.TimelineBuilder;
import app.dateline.engine.project.Project;
import app.dateline.engine.project.ProjectFile;
import app.dateline.engine.project.ProjectFileException;
import app.dateline.engine.project.Timeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.concurrent.Task;

/**
 * Reads articles off the JavaFX thread, reporting articles done out of the total and the time left. Stopping
 * keeps what was read so far: the extractor checks between articles, so it stops within one article's time.
 */
public final class OpenTask extends Task<OpenTask.Result> {

    /**
     * What was read, whether the reader stopped it early, and how long it took.
     *
     * @param builder what rebuilds the timeline after a correction: a timeline file's keeps its merging; null for the usual
     */
    public record Result(List<Path> paths, CorpusExtraction reading, boolean stopped, long millis, Path projectFile,
                         Project project, Timeline timeline, String projectMessage, TimelineBuilder builder) {
    }

    private final List<Path> paths;
    private final Supplier<Extractor> extractor;
    private final AtomicBoolean stop = new AtomicBoolean();

    public OpenTask(List<Path> paths, Supplier<Extractor> extractor) {
        this.paths = List.copyOf(paths);
        this.extractor = extractor;
        updateMessage("Opening " + describe(paths) + "…");
    }

    /** Asks the reading to stop after the articles in hand; the result keeps them. */
    public void stop() {
        stop.set(true);
        updateMessage("Stopping…");
    }

    public boolean isStopping() {
        return stop.get();
    }

    @Override
    protected Result call() throws java.io.IOException {
        long t0 = System.nanoTime();
        // A dateline-events file (a story from an archive, an export) is a timeline whose articles may not be here.
        StoryFile timelineFile = StoryFile.isStory(paths) ? StoryFile.read(paths.get(0)) : null;
        Path file = timelineFile != null ? StoryFile.projectFile(paths.get(0)) : ProjectFile.defaultLocation(paths);
        Project project;
        String message = null;
        try {
            ProjectFile.Loaded loaded = ProjectFile.load(file, paths);
            project = loaded.project();
            message = loaded.message();
        } catch (ProjectFileException e) {
            project = Project.of(paths.stream().map(Path::toString).toList());
            message = e.getMessage() + ". Corrections made now are not saved to it.";
            file = null; // never overwrite a file we could not read
        }
        if (timelineFile != null) {
            Story opened = StoryReader.open(timelineFile, project);
            return new Result(paths, opened.reading(), false, (System.nanoTime() - t0) / 1_000_000, file, project,
                    opened.timeline(), message, StoryReader.builderFor(timelineFile));
        }
        Story story = new StoryReader(extractor.get()).read(paths, project, (done, total, article) -> {
            updateProgress(done, total);
            if (!stop.get()) {
                updateMessage(done == total ? "Merging the events of " + total + " articles…"
                        : progress(done, total, (System.nanoTime() - t0) / 1e9));
            }
        }, stop::get);
        return new Result(paths, story.reading(), story.stopped(), (System.nanoTime() - t0) / 1_000_000, file, project,
                story.timeline(), message, null);
    }

    /** "Reading articles: 3 of 10, about 4 s left". */
    static String progress(int done, int total, double elapsedSeconds) {
        StringBuilder b = new StringBuilder("Reading articles: ").append(done).append(" of ").append(total);
        if (done > 0 && done < total) {
            double left = elapsedSeconds / done * (total - done);
            b.append(", about ").append(duration(left)).append(" left");
        }
        return b.toString();
    }

    static String duration(double seconds) {
        if (seconds < 1) {
            return "1 s";
        }
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        return String.format(Locale.ROOT, "%.0f min", seconds / 60);
    }

    static String describe(List<Path> paths) {
        if (paths.size() == 1) {
            return paths.get(0).toString();
        }
        return paths.size() + " items";
    }
}
