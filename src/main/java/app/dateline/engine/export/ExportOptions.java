package app.dateline.engine.export;

import app.dateline.engine.article.Article;
import java.util.List;

/**
 * What an export needs besides the events: the title of the timeline (the title slide, the SVG heading), and the
 * articles read, in the order read, from which the pictures take the window's colours (empty when not known).
 */
public record ExportOptions(String title, List<Article> articles) {

    public ExportOptions {
        title = title == null || title.isBlank() ? "Timeline" : title.strip();
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    public ExportOptions(String title) {
        this(title, List.of());
    }
}
