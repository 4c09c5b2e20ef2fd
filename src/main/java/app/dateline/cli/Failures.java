package app.dateline.cli;

import app.dateline.engine.article.SourceNames;
import app.dateline.engine.files.OutputRefusedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * A failure at run time in words for the user, never a Java exception's text ("Cannot invoke ...",
 * "NullPointerException"): what could not be done and why, and the exit code {@link ExitCode#FAILURE}.
 * With {@code -Ddateline.debug=true} the stack trace follows, for a bug report.
 */
final class Failures {

    private Failures() {
    }

    /** The sentence for {@code e}, without the command's name. */
    static String describe(Throwable e) {
        if (e instanceof UncheckedIOException u) {
            e = u.getCause();
        }
        if (e instanceof OutputFailedException || e instanceof OutputRefusedException) {
            return SourceNames.escapeControls(e.getMessage());
        }
        if (e instanceof IOException io) {
            return "cannot write " + io(io);
        }
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory; give Java more with -Xmx (for example java -Xmx2g -jar dateline.jar ...)";
        }
        return "stopped by an error in Dateline; please report it with the command line "
                + "(-Ddateline.debug=true prints the details)";
    }

    /** An I/O failure: the file and the reason the system gave, in words. */
    static String io(IOException e) {
        if (e instanceof FileSystemException fs) {
            String file = fs.getFile() == null ? "the output" : fs.getFile();
            if (e instanceof AccessDeniedException) {
                return SourceNames.escapeControls(file) + ": permission denied";
            }
            if (e instanceof NoSuchFileException) {
                return SourceNames.escapeControls(file) + ": its folder does not exist";
            }
            String reason = fs.getReason();
            return SourceNames.escapeControls(file) + ": " + (reason == null ? "the system gave no reason" : reason);
        }
        String m = e.getMessage();
        return "the output: " + (m == null || m.isBlank() ? "the system gave no reason" : SourceNames.escapeControls(m.strip()));
    }
}
