package app.dateline;

import app.dateline.app.DatelineApp;
import app.dateline.cli.DatelineCommand;
import app.dateline.desktop.FastStart;
import app.dateline.desktop.LogSetup;
import java.util.Optional;

/**
 * The jar's main class. It does not extend {@code Application}, so JavaFX can start from a plain class path;
 * with a command ({@code extract}, {@code bench}...) it runs the command line, otherwise it opens the window,
 * unless the first word is a mistyped command or there is no display, which is a usage error (exit 2).
 * A short run (the window, {@code export-png}) started without JVM flags is started again in a quicker JVM
 * ({@link FastStart}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        boolean commandLine = DatelineCommand.wants(args);
        if (!commandLine) {
            // a mistyped command or no display is said before any JVM is started again for the window
            int refused = DatelineCommand.refuseWindow(args, DatelineCommand.hasDisplay());
            if (refused >= 0) {
                System.exit(refused);
            }
        }
        Optional<String> kind = FastStart.kind(args, commandLine);
        if (kind.isPresent()) {
            Optional<Integer> relaunched = FastStart.relaunch(kind.get(), args);
            if (relaunched.isPresent()) {
                System.exit(relaunched.get());
            }
        }
        LogSetup.install();
        if (commandLine) {
            System.exit(DatelineCommand.run(args));
        }
        DatelineApp.main(args);
    }
}
