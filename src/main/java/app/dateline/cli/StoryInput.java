package app.dateline.cli;

import app.dateline.engine.extract.Extractor;
import app.dateline.engine.project.Project;
import app.dateline.engine.project.ProjectFile;
import app.dateline.engine.project.ProjectFileException;
import app.dateline.engine.story.Story;
import app.dateline.engine.story.StoryFile;
import app.dateline.engine.story.StoryReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * What {@code export} and {@code export-png} read: articles (read, merged and ranked), or one {@code dateline-events}
 * file (a story the archive job wrote, an {@code export --format json}) opened as the window opens it: its articles
 * rebuilt from the file, its merging kept, and the corrections the window saved beside it ({@code
 * STORY.dateline.json}) applied unless {@code --project} names others.
 *
 * @param story the timeline
 * @param title the story file's title; null for articles
 * @param corpus what was read: the PATHs, or the project's corpus when none was given
 */
record StoryInput(Story story, String title, List<Path> corpus) {

    /** The project whose corrections apply: {@code --project}'s, a story file's own, or none (the paths alone). */
    static Project project(List<Path> paths, Path projectOption) throws ProjectFileException {
        if (projectOption != null) {
            return ProjectFile.read(projectOption);
        }
        if (StoryFile.isStory(paths)) {
            Path beside = StoryFile.projectFile(paths.get(0));
            if (Files.isRegularFile(beside)) {
                return ProjectFile.read(beside);
            }
        }
        return Project.of(paths.stream().map(Path::toString).toList());
    }

    /**
     * Opens a story file, or reads the articles with the extractor made on demand.
     *
     * @throws IOException naming the story file and what is wrong with it
     */
    static StoryInput read(List<Path> corpus, Project project, Supplier<Extractor> extractor) throws IOException {
        if (StoryFile.isStory(corpus)) {
            StoryFile file = StoryFile.read(corpus.get(0));
            return new StoryInput(StoryReader.open(file, project), file.title().isBlank() ? null : file.title(), corpus);
        }
        return new StoryInput(new StoryReader(extractor.get()).read(corpus, project), null, corpus);
    }
}
