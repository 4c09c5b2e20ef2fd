package app.dateline;

import app.dateline.app.DatelineApp;
import app.dateline.cli.DatelineCommand;

/**
 * The jar's main class. It does not extend {@code Application}, so JavaFX can start from a plain class path;
 * with a command ({@code extract}, {@code bench}...) it runs the command line, otherwise it opens the window,
 * unless the first word is a mistyped command or there is no display, which is a usage error (exit 2).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (DatelineCommand.wants(args)) {
            System.exit(DatelineCommand.run(args));
        }
        int refused = DatelineCommand.refuseWindow(args, DatelineCommand.hasDisplay());
        if (refused >= 0) {
            System.exit(refused);
        }
        DatelineApp.main(args);
    }
}
