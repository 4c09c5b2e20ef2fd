package app.dateline.cli;

import app.dateline.engine.article.SourceNames;
import app.dateline.engine.extract.Extractor;
import app.dateline.engine.project.Project;
import app.dateline.engine.project.ProjectFileException;
import app.dateline.engine.project.Unresolved;
import app.dateline.engine.story.Story;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code --project} and the PATHs, shared by the commands that show the story ({@code export}, {@code export-png}),
 * and opening that story as the window opens it (see {@link StoryInput}).
 */
final class StoryOptions {

    @Option(names = "--project", paramLabel = "FILE", description = "A project file whose corrections apply (never changed)")
    Path project;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Article files or folders (default: the project's corpus), "
            + "or one dateline-events file (a story the archive job wrote, an export --format json), opened as the window opens it")
    List<Path> paths = List.of();

    /**
     * The story of the PATHs (or of the project's corpus when none is given), with each file's problems said on
     * standard error.
     *
     * @param extractor makes the extractor when articles are to be read (not for a story file)
     * @throws CommandRefusedException when the project file cannot be read, nothing names the articles, or the story
     *     file cannot be opened
     */
    StoryInput open(Supplier<Extractor> extractor) throws CommandRefusedException {
        Project p;
        try {
            p = StoryInput.project(paths, project);
        } catch (ProjectFileException e) {
            throw new CommandRefusedException(ExitCode.NOTHING_READ, "project " + SourceNames.escapeControls(e.getMessage()));
        }
        List<Path> corpus = paths.isEmpty() ? p.corpus().stream().map(Path::of).toList() : paths;
        if (corpus.isEmpty()) {
            throw new CommandRefusedException(ExitCode.USAGE, "give the articles (PATH...) or a --project that names them");
        }
        StoryInput input;
        try {
            input = StoryInput.read(corpus, p, extractor);
        } catch (IOException e) {
            throw new CommandRefusedException(ExitCode.NOTHING_READ, SourceNames.escapeControls(e.getMessage()));
        }
        Problems.print(input.story().reading().problems());
        return input;
    }

    /** Says on standard error each correction of the project that matches no event any more. */
    void warnUnresolved(Story story) {
        for (Unresolved u : story.timeline().unresolved()) {
            System.err.println("warning " + (project == null ? "" : SourceNames.of(project) + ": ") + SourceNames.escapeControls(u.message()));
        }
    }
}
