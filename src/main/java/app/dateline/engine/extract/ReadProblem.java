package app.dateline.engine.extract;

/** A file that could not be read, or read with a warning: the file and the problem, for the user. */
public record ReadProblem(String source, String problem, boolean fatal) {

    public String message() {
        return source + ": " + problem;
    }
}
