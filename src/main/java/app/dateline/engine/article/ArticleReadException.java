package app.dateline.engine.article;

/** An article that could not be read at all; the message names the file and the problem. */
public class ArticleReadException extends Exception {

    private final String source;
    private final String problem;

    public ArticleReadException(String source, String problem) {
        this(source, problem, null);
    }

    public ArticleReadException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public String problem() {
        return problem;
    }
}
