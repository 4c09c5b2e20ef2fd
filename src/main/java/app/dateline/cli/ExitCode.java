package app.dateline.cli;

/**
 * The exit codes of every command, documented in README.md. Scripts rely on them: keep them stable.
 */
public enum ExitCode {
    /** Done: at least one article was read and everything was written. */
    OK(0),
    /** Nothing could be read: every file was named on stderr with its problem. */
    NOTHING_READ(1),
    /** The command line is wrong: an unknown command or option, a bad value; nothing was done. */
    USAGE(2),
    /** A failure at run time: the output could not be written (a full disk, a closed pipe, a refused path), or an error in Dateline. */
    FAILURE(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
