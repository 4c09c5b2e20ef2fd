package app.dateline.cli;

import app.dateline.engine.article.ArticleReader;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --dct}, shared by the commands that read articles: the date of the articles that give none. */
final class DctOption {

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD",
            description = "Article date for files that give none (no front matter date, no date line, no time stamp at the head)")
    LocalDate dct;

    /** Reads articles, dating those that give no date with {@code --dct}. */
    ArticleReader reader() {
        return new ArticleReader(dct);
    }
}
