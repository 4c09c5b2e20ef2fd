package app.dateline.cli;

/**
 * A command cannot do what was asked, for a reason the user can mend (a bad option value, a bad project file, no
 * article that could be read): the reason in words and the exit code. {@link DatelineCommand} prints it after the
 * command's name, as {@code dateline COMMAND: reason}, and ends with the code.
 */
final class CommandRefusedException extends Exception {

    private final ExitCode exitCode;

    CommandRefusedException(ExitCode exitCode, String reason) {
        super(reason);
        this.exitCode = exitCode;
    }

    ExitCode exitCode() {
        return exitCode;
    }
}
