package app.dateline.desktop;

import app.dateline.engine.cache.CacheRoot;
import java.nio.file.Path;

/**
 * The user's folders, as the XDG base directory specification names them: settings in the config folder
 * ({@code $XDG_CONFIG_HOME/dateline}, else {@code ~/.config/dateline}), the log in the state folder
 * ({@code $XDG_STATE_HOME/dateline}, else {@code ~/.local/state/dateline}), results in the cache folder
 * ({@link CacheRoot#forUser()}, with no library behind it: the quick start looks here first). Each can be set with a system property
 * ({@code dateline.config.dir}, {@code dateline.state.dir}, {@code dateline.cache.dir}); tests do.
 */
public final class UserFolders {

    private UserFolders() {
    }

    public static Path config() {
        return folder("dateline.config.dir", "XDG_CONFIG_HOME", ".config");
    }

    public static Path state() {
        return folder("dateline.state.dir", "XDG_STATE_HOME", ".local/state");
    }

    public static Path cache() {
        return CacheRoot.forUser();
    }

    /** The log file: the newest of the state folder's {@code dateline-N.log}. */
    public static Path logFile() {
        return state().resolve("dateline-0.log");
    }

    private static Path folder(String property, String variable, String underHome) {
        String set = System.getProperty(property);
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        String xdg = System.getenv(variable);
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "dateline");
        }
        return Path.of(System.getProperty("user.home")).resolve(underHome).resolve("dateline");
    }
}
