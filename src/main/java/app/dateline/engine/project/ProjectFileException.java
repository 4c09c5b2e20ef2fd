package app.dateline.engine.project;

import java.io.IOException;

/** A project file that cannot be used as it is, with a message for the user naming the file. */
public final class ProjectFileException extends IOException {

    public ProjectFileException(String message) {
        super(message);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
