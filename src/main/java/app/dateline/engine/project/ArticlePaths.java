package app.dateline.engine.project;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Article paths as the project keeps them: absolute and normalised in memory (so "corpus/a.txt" and
 * "./corpus/a.txt" are one article), relative to the project file's folder on disk (so a project moved with
 * its corpus still finds its articles), always with forward slashes.
 */
public final class ArticlePaths {

    private ArticlePaths() {
    }

    /** The in-memory form of an article source: absolute and normalised. */
    public static String absolute(String source) {
        try {
            return slashes(Path.of(source).toAbsolutePath().normalize().toString());
        } catch (InvalidPathException e) {
            return source;
        }
    }

    /** The on-disk form: relative to {@code folder} when the article lies under it or near it, else absolute. */
    static String relative(String absolute, Path folder) {
        try {
            Path a = Path.of(absolute);
            Path base = folder.toAbsolutePath().normalize();
            if (a.getRoot() != null && a.getRoot().equals(base.getRoot())) {
                return slashes(base.relativize(a).toString());
            }
        } catch (IllegalArgumentException e) {
            // another drive or an odd name: keep it absolute
        }
        return absolute;
    }

    /** Back from the on-disk form. */
    static String resolve(String stored, Path folder) {
        try {
            Path p = Path.of(stored.replace('/', File.separatorChar));
            return absolute((p.isAbsolute() ? p : folder.toAbsolutePath().resolve(p)).toString());
        } catch (InvalidPathException e) {
            return stored;
        }
    }

    /** The file name of an article path, for finding an article whose folder moved. */
    static String fileName(String path) {
        String s = slashes(path);
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static String slashes(String s) {
        return s.replace('\\', '/');
    }
}
