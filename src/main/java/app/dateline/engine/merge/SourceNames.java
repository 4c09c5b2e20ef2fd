package app.dateline.engine.merge;

import app.dateline.engine.article.Article;

/** How an article is named to the reader: its publisher, else its title, else its file name. */
public final class SourceNames {

    private SourceNames() {
    }

    public static String of(Article a) {
        if (a.publisher() != null && !a.publisher().isBlank()) {
            return a.publisher().strip();
        }
        return a.displayTitle();
    }
}
