package app.dateline.engine.cache;

import java.nio.file.Path;

/**
 * Where the user's cache folder is: {@code -Ddateline.cache.dir=...} if set, else {@code $XDG_CACHE_HOME/dateline},
 * else {@code ~/.cache/dateline}. A class of its own, with no library behind it, so that the JVM that only starts
 * the quick one ({@code app.dateline.desktop.FastStart}) finds its archive folder without loading the cache's JSON
 * machinery (Jackson: several hundred classes read from the jar, most of a second of processor time).
 */
public final class CacheRoot {

    private CacheRoot() {
    }

    public static Path forUser() {
        String property = System.getProperty("dateline.cache.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "dateline");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "dateline");
    }
}
