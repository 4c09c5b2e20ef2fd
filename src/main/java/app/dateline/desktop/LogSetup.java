package app.dateline.desktop;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends every log record (java.util.logging, and SLF4J through its JUL binding) to the log file in the user's
 * state folder and none to the console: the window has no console, and the command line's output is its
 * own. The file is opened only when the first record comes, so a run that logs nothing leaves no file.
 */
public final class LogSetup {

    /** Held: java.util.logging forgets the settings of a logger nobody holds. */
    private static final Logger ROOT = Logger.getLogger("");
    private static final Logger NATTY = Logger.getLogger("com.joestelmach.natty");
    private static final Logger JAVAFX = Logger.getLogger("javafx");
    private static volatile boolean installed;

    private LogSetup() {
    }

    /** Once per process; later calls do nothing. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        for (Handler h : ROOT.getHandlers()) {
            ROOT.removeHandler(h);
        }
        ROOT.addHandler(new LazyFileHandler(UserFolders.state()));
        ROOT.setLevel(Level.INFO);
        NATTY.setLevel(Level.WARNING); // it reports every parse at INFO
        JAVAFX.setLevel(Level.SEVERE); // "Unsupported JavaFX configuration" on the class path: nothing to act on
        installed = true;
    }
}
