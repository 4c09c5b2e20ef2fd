package app.dateline.engine.merge;

import app.dateline.engine.event.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Articles written for a merge test (a front matter with the publication date, then the text) and their events. */
final class WrittenArticles {

    private WrittenArticles() {
    }

    static void write(Path dir, String name, String published, String text) throws IOException {
        Files.writeString(dir.resolve(name), "---\npublished: " + published + "\n---\n" + text + "\n");
    }

    /** The merged event that holds a source of the article named {@code article}. */
    static MergedEvent eventOf(List<MergedEvent> merged, String article) {
        return merged.stream().filter(m -> m.sources().stream().map(Event::article).anyMatch(a -> a.source().endsWith(article)))
                .findFirst().orElseThrow();
    }
}
