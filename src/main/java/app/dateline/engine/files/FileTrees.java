package app.dateline.engine.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a folder with all it holds (links are removed, never followed). */
public final class FileTrees {

    private FileTrees() {
    }

    /** Deletes {@code top} and everything below it, the deepest first; what is already gone is passed over. */
    public static void delete(Path top) throws IOException {
        try (Stream<Path> all = Files.walk(top)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
