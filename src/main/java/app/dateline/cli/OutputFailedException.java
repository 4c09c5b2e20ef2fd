package app.dateline.cli;

import java.io.IOException;

/** The output of a command could not be written: where, and why in words. Exit code {@link ExitCode#FAILURE}. */
final class OutputFailedException extends IOException {

    OutputFailedException(String where, String problem) {
        super(where + " " + problem);
    }

    /** {@code where} could not be written, for the reason {@code e} gives. */
    static OutputFailedException of(String where, IOException e) {
        if (e instanceof OutputFailedException o) {
            return o;
        }
        String reason = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        return new OutputFailedException(where, "could not be written: " + (reason == null || reason.isBlank()
                ? "the system gave no reason" : reason.strip()));
    }
}
