package app.dateline.engine.extract;

import app.dateline.engine.article.SourceNames;
import java.util.Objects;

/**
 * A file that could not be read ({@code fatal}), or was read with a warning: the file and the problem, for
 * the user. The problem is one line of plain words (white space runs, line breaks included, become one space).
 */
public record ReadProblem(String source, String problem, boolean fatal) {

    public ReadProblem {
        Objects.requireNonNull(source, "source");
        source = SourceNames.escapeControls(source); // a name is data: no terminal escape, no line split
        problem = problem == null || problem.isBlank() ? "could not be read" : SourceNames.escapeControls(problem.replaceAll("\\s+", " ").strip());
    }

    /** {@code file: problem}, the file first. */
    public String message() {
        return source + ": " + problem;
    }
}
