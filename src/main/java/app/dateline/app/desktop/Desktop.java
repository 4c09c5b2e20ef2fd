package app.dateline.app.desktop;

import app.dateline.app.settings.DialogFolders;
import app.dateline.app.settings.Preferences;
import app.dateline.app.settings.RecentList;
import app.dateline.app.settings.Settings;
import app.dateline.desktop.UserFolders;
import app.dateline.engine.cache.CacheFolders;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * What the window keeps between runs and where: the settings (with Open Recent), the look, the cache and
 * the log. One per app; tests make their own on temporary folders.
 */
public final class Desktop {

    private static final Logger LOG = Logger.getLogger("app.dateline.desktop");

    private final Settings settings;
    private final RecentList recent;
    private final Appearance appearance;
    private final Path cacheFolder;
    private final Path logFile;

    public Desktop(Settings settings, Path cacheFolder, Path logFile) {
        this.settings = settings;
        this.recent = new RecentList(settings);
        this.appearance = new Appearance(Preferences.read(settings));
        this.cacheFolder = cacheFolder;
        this.logFile = logFile;
    }

    /** The user's: settings in the config folder, the cache, the log in the state folder. */
    public static Desktop forUser() {
        return new Desktop(Settings.at(UserFolders.config().resolve("settings.properties")), UserFolders.cache(),
                UserFolders.logFile());
    }

    /** Remembers nothing beyond this run (windows made by tests). */
    public static Desktop ephemeral() {
        return new Desktop(Settings.inMemory(), UserFolders.cache(), UserFolders.logFile());
    }

    /** The file dialogs' last folders. */
    public DialogFolders folders() {
        return new DialogFolders(settings);
    }

    public Settings settings() {
        return settings;
    }

    public RecentList recent() {
        return recent;
    }

    public Appearance appearance() {
        return appearance;
    }

    public Path cacheFolder() {
        return cacheFolder;
    }

    public Path logFile() {
        return logFile;
    }

    /** New preferences: kept, and every window follows. */
    public void setPreferences(Preferences p) {
        p.write(settings);
        appearance.change(p);
    }

    /** Marks this engine's cache folder used and deletes those of engines unused for a month, off the JavaFX thread. */
    public void pruneCacheLater() {
        Thread t = new Thread(() -> {
            try {
                List<Path> gone = CacheFolders.pruneStale(cacheFolder);
                if (!gone.isEmpty()) {
                    LOG.info("pruned stale cache folders " + gone);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not prune the cache folder " + cacheFolder, e);
            }
        }, "dateline-prune-cache");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The app's icon in the sizes a window manager picks from. */
    public static List<Image> icons() {
        return List.of(16, 32, 48, 128, 256).stream()
                .map(s -> new Image(Objects.requireNonNull(Desktop.class.getResource("/dateline/app/icons/dateline-" + s + ".png")).toExternalForm()))
                .toList();
    }

    /**
     * Gives {@code stage} the app's icons, decoded on a background thread: decoding the five PNGs on the JavaFX
     * thread held up the window's first frame (about 20 ms of a start).
     */
    public static void iconsLater(Stage stage) {
        Thread t = new Thread(() -> {
            List<Image> icons = icons();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        }, "dateline-icons");
        t.setDaemon(true);
        t.start();
    }
}
