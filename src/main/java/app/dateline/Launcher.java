package app.dateline;

import app.dateline.app.DatelineApp;
import app.dateline.cli.DatelineCommand;

/**
 * The jar's main class. It does not extend {@code Application}, so JavaFX can start from a plain class path;
 * with a command ({@code extract}, {@code bench}...) it runs the command line, otherwise it opens the window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (DatelineCommand.wants(args)) {
            System.exit(DatelineCommand.run(args));
        }
        DatelineApp.main(args);
    }
}
