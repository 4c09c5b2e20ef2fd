package app.dateline.engine.article;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as read from disk. {@code body} is the text after the front matter, character for
 * character: every offset in the engine counts from its first character (UTF-16 indices).
 *
 * @param source    the path the article was read from, as the user gave it
 * @param published the article's date (the reference for relative expressions), or null when unknown
 * @param warnings  problems that did not stop the reading, each a sentence a user can act on
 */
public record Article(String source, String title, String publisher, LocalDate published, DateOrigin dateOrigin,
                      String body, List<String> warnings) implements java.io.Serializable {

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(dateOrigin, "dateOrigin");
        warnings = List.copyOf(warnings);
    }

    /** The title, or the file name when the article has none. */
    public String displayTitle() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        String name = source.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** How the article is named to the reader: its publisher, else its title, else its file name. */
    public String sourceName() {
        if (publisher != null && !publisher.isBlank()) {
            return publisher.strip();
        }
        return displayTitle();
    }

    /** The same article with more warnings after its own. */
    public Article withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new Article(source, title, publisher, published, dateOrigin, body, all);
    }

    public Article withPublished(LocalDate date, DateOrigin origin) {
        return new Article(source, title, publisher, date, origin, body, warnings);
    }
}
